using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.Simulator.Deployment;

/// <summary>The deferred historical data import (guide chapter 5, "Historical Data Transfer"): get, start, pause, resume, cancel.</summary>
internal sealed class HistoryModule : IVapiModule
{
    public void Map(VapiRouteTable routes)
    {
        DeploymentModule.Add(routes, "GET", "/history", Access.Read, c => VapiResult.Ok(History(c).ToInfo()), unwrapped: true);
        DeploymentModule.Add(routes, "POST", "/history?action=start", Access.Write, c =>
        {
            var spec = c.OptionalBody<ImportHistoryCreateSpec>();
            RequireConfigured(c);
            History(c).Start(spec, c.Now);
            c.Appliance.Ledger.Record(c.Now, "history.import.started", c.Appliance.Name, spec?.Name);
            return VapiResult.NoContent();
        });
        DeploymentModule.Add(routes, "POST", "/history?action=pause", Access.Write, c => { History(c).Pause(); return VapiResult.NoContent(); });
        DeploymentModule.Add(routes, "POST", "/history?action=resume", Access.Write, c => { History(c).Resume(c.Now); return VapiResult.NoContent(); });
        DeploymentModule.Add(routes, "POST", "/history?action=cancel", Access.Write, c => { History(c).Cancel(c.Now); return VapiResult.NoContent(); });
    }

    private static HistoryImport History(VapiContext context) => DeploymentModule.Feature(context).History;

    // History is imported into a running vCenter: the migration or upgrade must have finished.
    private static void RequireConfigured(VapiContext context)
    {
        if (context.Appliance.State != ApplianceState.Configured)
        {
            throw VapiException.NotAllowed($"Historical data can be imported only into a CONFIGURED appliance; it is {DeploymentFeature.StateName(context.Appliance.State)}.");
        }
    }
}
