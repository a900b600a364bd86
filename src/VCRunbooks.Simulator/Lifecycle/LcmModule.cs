using System.Text.RegularExpressions;
using VCRunbooks.Simulator.Tasks;
using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Lifecycle;

namespace VCRunbooks.Simulator.Lifecycle;

/// <summary>
/// vCenter lifecycle planning (vcenter.lcm): product catalogue, associated products, interoperability and
/// pre-check reports as cis tasks, report downloads, pending vCenter updates. Only the /api form exists.
/// </summary>
internal sealed partial class LcmModule : IVapiModule
{
    private const string Path = "/api/vcenter/lcm";

    public void Map(VapiRouteTable routes)
    {
        routes.Get($"{Path}/discovery/product-catalog", null, Access.Read,
            _ => VapiResult.Ok(LcmCatalog.Products.Select(p => new ProductCatalogSummary { Name = p.Name, Versions = p.Versions }).ToList()));
        routes.Get($"{Path}/discovery/associated-products", null, Access.Read,
            c => VapiResult.Ok(c.Appliance.Feature<LcmState>().Products.Select(p => LcmReports.ToWire(p)).ToList()));
        routes.Get($"{Path}/discovery/associated-products/{{product}}", null, Access.Read, c => VapiResult.Ok(LcmReports.ToWire(Product(c))));
        routes.Add(new VapiOperation { Method = "POST", Api = $"{Path}/discovery/associated-products", Access = Access.Write, Handler = Create });
        routes.Add(new VapiOperation { Method = "PATCH", Api = $"{Path}/discovery/associated-products/{{product}}", Access = Access.Write, Handler = Update });
        routes.Add(new VapiOperation { Method = "DELETE", Api = $"{Path}/discovery/associated-products/{{product}}", Access = Access.Write, Handler = Delete });
        routes.Add(new VapiOperation { Method = "POST", Api = $"{Path}/discovery/interop-report?vmw-task=true", Access = Access.Read, Handler = Interop });
        routes.Get($"{Path}/update/pending", null, Access.Read, ListPending);
        routes.Get($"{Path}/update/pending/{{version}}", null, Access.Read, c => VapiResult.Ok(Pending(c)));
        routes.Add(new VapiOperation { Method = "POST", Api = $"{Path}/update/pending/{{version}}/precheck-report?vmw-task=true", Access = Access.Read, Handler = Precheck });
        routes.Get($"{Path}/reports/{{report}}", null, Access.Read, Report);
    }

    private static AssociatedProduct Product(VapiContext context)
    {
        var id = context.Route("product");
        return context.Appliance.Feature<LcmState>().Find(id) ?? throw VapiException.NotFound("Associated product", id);
    }

    private static VapiResult Create(VapiContext context)
    {
        var spec = context.Body<AssociatedProductCreateSpec>();
        var name = LcmCatalog.CanonicalName(spec.ProductName)
            ?? throw VapiException.InvalidArgument("product_name", $"'{spec.ProductName}' is not in the product catalog.");
        if (!LcmCatalog.HasVersion(name, spec.Version))
        {
            throw VapiException.InvalidArgument("version", $"'{spec.Version}' is not a known version of {name}.");
        }
        var product = context.Appliance.Feature<LcmState>().Add(name, spec.Version, spec.Deployments ?? []);
        return VapiResult.Created(product.Id);
    }

    private static VapiResult Update(VapiContext context)
    {
        var product = Product(context);
        var spec = context.Body<AssociatedProductUpdateSpec>();
        if (product.Auto)
        {
            throw VapiException.InvalidArgument("product", $"'{product.Id}' was discovered automatically and cannot be modified.");
        }
        context.Appliance.Feature<LcmState>().Replace(product with { Deployments = spec.Deployments ?? product.Deployments });
        return VapiResult.NoContent();
    }

    private static VapiResult Delete(VapiContext context)
    {
        var product = Product(context);
        if (product.Auto)
        {
            // The spec allows only NOT_FOUND and the generic ERROR here.
            throw new VapiException(ErrorType.Error, "com.vmware.vcenter.lcm.product.auto", $"'{product.Id}' was discovered automatically and cannot be dissociated.", product.Id);
        }
        context.Appliance.Feature<LcmState>().Remove(product.Id);
        return VapiResult.NoContent();
    }

    private static VapiResult Interop(VapiContext context)
    {
        var spec = context.Body<InteropReportSpec>();
        var appliance = context.Appliance;
        var state = appliance.Feature<LcmState>();
        var task = appliance.Tasks.Start(new CisTaskSpec
        {
            Service = "com.vmware.vcenter.lcm.discovery.interop_report",
            Operation = "create",
            Description = LocalizableMessage.Of("com.vmware.vcenter.lcm.interop", $"Interoperability report for vCenter Server {spec.TargetVersion}"),
            Duration = LcmState.InteropDuration,
            User = context.User?.Name,
            Complete = at => VersionPattern().IsMatch(spec.TargetVersion)
                ? LcmReports.Interop(appliance, state, spec.TargetVersion, at)
                : throw VapiException.InvalidArgument("target_version", $"'{spec.TargetVersion}' is not a vCenter Server version such as 8.0.3."),
        });
        return VapiResult.Accepted(task.Id);
    }

    private static VapiResult ListPending(VapiContext context)
    {
        var updates = PendingUpdates.For(context.Appliance);
        return VapiResult.Ok(new PendingUpdateListResult
        {
            LastCheckTime = context.Now,
            Updates = [.. updates.Select(PendingUpdates.Summary)],
            UpdateCount = updates.Count(u => u.UpdateType != UpdateType.Upgrade),
            UpgradeCount = updates.Count(u => u.UpdateType == UpdateType.Upgrade),
        });
    }

    private static PendingUpdateInfo Pending(VapiContext context)
    {
        var version = context.Route("version");
        return PendingUpdates.For(context.Appliance).FirstOrDefault(u => u.Version == version)
            ?? throw VapiException.NotFound("Pending update", version);
    }

    private static VapiResult Precheck(VapiContext context)
    {
        var update = Pending(context);
        var appliance = context.Appliance;
        var state = appliance.Feature<LcmState>();
        if (state.RunningPrecheck is not null)
        {
            throw VapiException.NotAllowed("A pre-check is already running; wait for it to finish.");
        }
        var task = appliance.Tasks.Start(new CisTaskSpec
        {
            Service = "com.vmware.vcenter.lcm.update.pending",
            Operation = "precheck_report",
            Description = LocalizableMessage.Of("com.vmware.vcenter.lcm.precheck", $"Pre-check report for vCenter Server {update.Version}"),
            Duration = LcmState.PrecheckDuration,
            User = context.User?.Name,
            Complete = at =>
            {
                state.RunningPrecheck = null;
                return LcmReports.Precheck(state, update, at);
            },
        });
        state.RunningPrecheck = task.Id;
        appliance.Ledger.Record(context.Now, "lcm.precheck.started", task.Id, update.Version);
        return VapiResult.Accepted(task.Id);
    }

    private static VapiResult Report(VapiContext context)
    {
        var id = context.Route("report");
        var report = context.Appliance.Feature<LcmState>().FindReport(id) ?? throw VapiException.NotFound("Report", id);
        return VapiResult.Ok(new ReportLocation
        {
            Uri = $"https://{context.Appliance.Name}/vcenter/lcm/reports/{report.Id}.csv",
            DownloadFileToken = new ReportToken { Token = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)), Expiry = context.Now + LcmState.DownloadTokenLifetime },
        });
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+(\.\d+)?$")]
    private static partial Regex VersionPattern();
}
