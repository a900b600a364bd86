using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Restore;

namespace VCRunbooks.Simulator.Recovery.Restore;

/// <summary>
/// Restore, on the management side (port 5480 on a real appliance: root basic auth on every call). The job's
/// status stays answerable while the appliance's services restart, except while connections are refused.
/// </summary>
internal sealed class RestoreModule : IVapiModule
{
    public void Map(VapiRouteTable routes)
    {
        routes.Add(new VapiOperation
        {
            Method = "POST", Api = "/api/appliance/recovery/restore?action=validate", Rest = "/rest/appliance/recovery/restore/validate",
            RestBody = "piece", Access = Access.Write, Side = Side.Management, Handler = Validate,
        });
        routes.Add(new VapiOperation
        {
            Method = "POST", Api = "/api/appliance/recovery/restore/job", Rest = "/rest/appliance/recovery/restore/job",
            RestBody = "piece", Access = Access.Write, Side = Side.Management, Handler = Create,
        });
        routes.Add(new VapiOperation
        {
            Method = "GET", Api = "/api/appliance/recovery/restore/job", Rest = "/rest/appliance/recovery/restore/job",
            Access = Access.Read, Side = Side.Management, AvailableDuringRestart = true, Handler = Get,
        });
        routes.Add(new VapiOperation
        {
            Method = "POST", Api = "/api/appliance/recovery/restore/job?action=cancel", Rest = "/rest/appliance/recovery/restore/job/cancel",
            Access = Access.Write, Side = Side.Management, Handler = Cancel,
        });
    }

    private static VapiResult Validate(VapiContext context)
    {
        var request = context.Body<RestoreRequest>();
        // The spec lists no 400 for validate: a request that names no readable archive is its generic ERROR.
        return VapiResult.Ok(RestoreChecks.Assess(request, context.Appliance, ErrorType.Error).ToMetadata());
    }

    private static VapiResult Create(VapiContext context)
    {
        var request = context.Body<RestoreRequest>();
        return VapiResult.Created(context.Appliance.Feature<RestoreFeature>().Start(request, context.Now).ToStatus());
    }

    private static VapiResult Get(VapiContext context) =>
        VapiResult.Ok(context.Appliance.Feature<RestoreFeature>().Job?.ToStatus()
            ?? new RestoreJobStatus { State = ProcessState.None, Messages = [], Progress = 0 });

    private static VapiResult Cancel(VapiContext context)
    {
        var feature = context.Appliance.Feature<RestoreFeature>();
        var canceled = feature.Cancel(context.Now, context.User?.Name ?? "the user");
        return VapiResult.Ok(new ReturnResult
        {
            Status = canceled ? ReturnStatus.Ok : ReturnStatus.Fail,
            Messages = [canceled
                ? RecoveryMessages.Of("restore.cancel.ok", "The restore was canceled; the appliance is as deployed.")
                : feature.IsRunning
                    ? RecoveryMessages.Of("restore.cancel.too_late", "The restore is already changing the appliance and cannot be canceled.")
                    : RecoveryMessages.Of("restore.cancel.none", "No restore job is running.")],
        });
    }
}
