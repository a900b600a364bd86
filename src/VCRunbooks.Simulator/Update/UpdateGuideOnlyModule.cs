using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Update;

namespace VCRunbooks.Simulator.Update;

/// <summary>
/// The two update operations only the guide shows (chapter 9, no spec file has them): the requirements of a pending
/// update, and the appliance task of a stage or install. Task ids are the operations' vAPI names
/// (com.vmware.appliance.update.pending.stage, .install, .stage_and_install, .rollback): each names the latest run.
/// </summary>
internal sealed class UpdateGuideOnlyModule : IVapiModule
{
    public void Map(VapiRouteTable routes)
    {
        routes.Add(new VapiOperation
        {
            Method = "GET", Api = "/api/appliance/update/pending/{version}/requirements", Access = Access.Read, Side = Side.Management,
            Handler = Requirements,
        });
        routes.Add(new VapiOperation
        {
            Method = "GET", Api = "/api/appliance/task/{id}", Access = Access.Read, Side = Side.Management,
            Handler = c =>
            {
                var id = c.Route("id");
                return VapiResult.Ok((UpdateModule.Feature(c).Task(id) ?? throw VapiException.NotFound("Task", id)).ToInfo());
            },
        });
    }

    private static VapiResult Requirements(VapiContext context)
    {
        var version = context.Route("version");
        var pending = UpdateModule.Feature(context).PendingInfo(version);
        return VapiResult.Ok(new UpdateRequirements
        {
            Version = version,
            EstimatedTimeToInstall = (long)UpdatePhase.InstallDuration.TotalMinutes,
            RequiredDiskSpace = pending.Size * 2,
            RebootRequired = pending.RebootRequired,
            ServicesWillBeStopped = [.. pending.ServicesWillBeStopped.Select(s => s.Service)],
        });
    }
}
