using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Recovery.Reconciliation;

namespace VCRunbooks.Simulator.Recovery.Reconciliation;

/// <summary>Reconciliation job create and get, on the management side like the restore that precedes it.</summary>
internal sealed class ReconciliationModule : IVapiModule
{
    private const string Api = "/api/appliance/recovery/reconciliation/job";
    private const string Rest = "/rest/appliance/recovery/reconciliation/job";

    public void Map(VapiRouteTable routes)
    {
        routes.Add(new VapiOperation { Method = "POST", Api = Api, Rest = Rest, RestBody = "spec", Access = Access.Write, Side = Side.Management, Handler = Create });
        routes.Add(new VapiOperation { Method = "GET", Api = Api, Rest = Rest, Access = Access.Read, Side = Side.Management, Handler = Get });
    }

    private static VapiResult Create(VapiContext context)
    {
        var spec = context.OptionalBody<ReconciliationSpec>() ?? new ReconciliationSpec();
        return VapiResult.Created(context.Appliance.Feature<ReconciliationFeature>().Start(spec, context.Now).ToInfo());
    }

    private static VapiResult Get(VapiContext context) =>
        VapiResult.Ok(context.Appliance.Feature<ReconciliationFeature>().Job?.ToInfo()
            ?? throw new VapiException(VCenter.Errors.ErrorType.NotFound, "com.vmware.applmgmt.reconciliation.no_job", "There is no reconciliation job."));
}
