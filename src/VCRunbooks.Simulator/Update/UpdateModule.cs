using VCRunbooks.Simulator.RestForms;
using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Update;

namespace VCRunbooks.Simulator.Update;

/// <summary>
/// Appliance update (guide chapter 9): state, check (pending list), details, precheck, stage, validate, install,
/// stage-and-install, cancel, rollback. Management side: root basic auth on 5480 or an SSO session.
/// </summary>
internal sealed class UpdateModule : IVapiModule
{
    private const string Pending = "/appliance/update/pending/{version}";

    public void Map(VapiRouteTable routes)
    {
        // The update state stays answerable while the install restarts the services (only the refused window drops it).
        routes.Add(new VapiOperation
        {
            Method = "GET", Api = "/api/appliance/update", Rest = "/rest/appliance/update",
            Access = Access.Read, Side = Side.Management, AvailableDuringRestart = true,
            Handler = c => VapiResult.Ok(c.IsRest ? RestMaps.AsPairs(Feature(c).Info(), "task.subtasks") : Feature(c).Info()),
        });
        Add(routes, "POST", "/appliance/update?action=cancel", Access.Write, c => { Feature(c).Cancel(c.Now); return VapiResult.NoContent(); });
        Add(routes, "GET", "/appliance/update/pending", Access.Read, List);
        Add(routes, "GET", Pending, Access.Read, c => VapiResult.Ok(Feature(c).PendingInfo(c.Route("version"))));
        Add(routes, "POST", Pending + "?action=precheck", Access.Write, c => VapiResult.Ok(Feature(c).Precheck(c.Route("version"), c.Now)));
        Add(routes, "POST", Pending + "?action=stage", Access.Write, c =>
        {
            Feature(c).Stage(c.Route("version"), c.User?.Name, c.Now);
            return VapiResult.NoContent();
        });
        Add(routes, "POST", Pending + "?action=validate", Access.Write, c => VapiResult.Ok(Feature(c).Validate(c.Route("version"), UserData(c), c.Now)), "user_data");
        Add(routes, "POST", Pending + "?action=install", Access.Write, c =>
        {
            Feature(c).Install(c.Route("version"), UserData(c), c.User?.Name, c.Now);
            return VapiResult.NoContent();
        }, "user_data");
        Add(routes, "POST", Pending + "?action=stage-and-install", Access.Write, c =>
        {
            Feature(c).StageAndInstall(c.Route("version"), UserData(c), c.User?.Name, c.Now);
            return VapiResult.NoContent();
        }, "user_data");
        routes.Add(new VapiOperation
        {
            Method = "POST", Api = "/api/appliance/update/pending?action=rollback", Access = Access.Write, Side = Side.Management,
            Handler = c => { Feature(c).Rollback(c.User?.Name, c.Now); return VapiResult.NoContent(); },
        });
        Add(routes, "GET", "/appliance/update/staged", Access.Read, c => VapiResult.Ok(Feature(c).Staged()));
        Add(routes, "DELETE", "/appliance/update/staged", Access.Write, c => { Feature(c).DeleteStaged(); return VapiResult.NoContent(); });
        Add(routes, "GET", "/appliance/update/policy", Access.Read, c => VapiResult.Ok(Feature(c).Policy.Info()));
        Add(routes, "PUT", "/appliance/update/policy", Access.Write, c => { Feature(c).Policy.Set(c.Body<PolicyConfig>()); return VapiResult.NoContent(); }, "policy");
    }

    internal static UpdateFeature Feature(VapiContext context) => context.Appliance.Feature<UpdateFeature>();

    private static void Add(VapiRouteTable routes, string method, string path, Access access, Func<VapiContext, VapiResult> handler, string? restBody = null) =>
        routes.Add(new VapiOperation
        {
            Method = method, Api = "/api" + path, Rest = "/rest" + path, RestBody = restBody,
            Access = access, Side = Side.Management, Handler = handler,
        });

    private static VapiResult List(VapiContext context)
    {
        var source = context.QueryEnum<UpdateSourceType>("source_type")
            ?? throw VapiException.InvalidArgument("source_type", "a source type (LAST_CHECK, LOCAL or LOCAL_AND_ONLINE) is required.");
        var url = context.Query("url");
        return VapiResult.Ok(Feature(context).Pending(source, string.IsNullOrEmpty(url) ? null : url, context.Now));
    }

    /// <summary>user_data: a map in /api, a list of key/value pairs in /rest (as the guide's examples send it).</summary>
    private static IReadOnlyDictionary<string, string> UserData(VapiContext context) =>
        context.IsRest
            ? context.Body<List<UserDataPair>>().GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal)
            : context.Body<UserDataRequest>().UserData;
}
