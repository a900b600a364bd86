using System.Text;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Lifecycle;

namespace VCRunbooks.Simulator.Lifecycle;

/// <summary>Builds interoperability and pre-check reports from the associated products and the matrix.</summary>
internal static class LcmReports
{
    public static Product ToWire(AssociatedProduct p, string? target = null) => new()
    {
        InstalledProduct = p.Id,
        Name = p.Name,
        Version = p.Version,
        TargetVersion = target,
        Deployments = p.Deployments,
        Auto = p.Auto,
    };

    public static InteropReportResult Interop(Appliance appliance, LcmState state, string targetVersion, DateTimeOffset at)
    {
        var release = LcmCatalog.Release(targetVersion);
        var rows = state.Products.Select(p =>
        {
            var compatible = LcmCatalog.CompatibleVersions(p.Name, release);
            return new ProductCompatibility
            {
                Product = ToWire(p),
                Compatible = compatible.Contains(p.Version, StringComparer.Ordinal),
                CompatibleReleases = [.. compatible.Select(v => new CompatibleRelease { Version = v })],
            };
        }).ToList();
        var csv = new StringBuilder("Product,Version,Compatible,Compatible releases\n");
        foreach (var row in rows)
        {
            csv.Append(row.Product.Name).Append(',').Append(row.Product.Version).Append(',').Append(row.Compatible ? "yes" : "no").Append(',')
                .AppendJoin(' ', row.CompatibleReleases.Select(r => r.Version)).Append('\n');
        }
        var report = state.AddReport("interop", at, csv.ToString());
        return new InteropReportResult
        {
            CsvReport = report.Id,
            Report = new InteropReport
            {
                DateCreated = at,
                TargetProduct = new Product { InstalledProduct = "vcenter", Name = "VMware vCenter Server", Version = appliance.Version, TargetVersion = targetVersion, Auto = true },
                Products = rows,
                ReportSummary = new InteropReportSummary { CompatibleCount = rows.Count(r => r.Compatible), IncompatibleCount = rows.Count(r => !r.Compatible) },
            },
        };
    }

    /// <summary>
    /// A product with no version for the target release blocks the update (error); one that must be upgraded
    /// first to a compatible version is a warning.
    /// </summary>
    public static PrecheckReportResult Precheck(LcmState state, PendingUpdateInfo update, DateTimeOffset at)
    {
        var release = LcmCatalog.Release(update.Version);
        var errors = new List<Notification>();
        var warnings = new List<Notification>();
        foreach (var product in state.Products)
        {
            var compatible = LcmCatalog.CompatibleVersions(product.Name, release);
            if (compatible.Count == 0)
            {
                errors.Add(Issue("incompatible", at, $"{product.Name} has no release that works with vCenter Server {update.Version}.",
                    $"Remove {product.Name} or wait for a compatible release."));
            }
            else if (!compatible.Contains(product.Version, StringComparer.Ordinal))
            {
                warnings.Add(Issue("upgrade_product_first", at, $"{product.Name} {product.Version} does not work with vCenter Server {update.Version}.",
                    $"Upgrade {product.Name} to {string.Join(" or ", compatible)} before updating vCenter Server."));
            }
        }
        var csv = "Severity,Message\n" + string.Concat(errors.Select(e => $"ERROR,{e.Message.DefaultMessage}\n"))
            + string.Concat(warnings.Select(w => $"WARNING,{w.Message.DefaultMessage}\n"));
        var report = state.AddReport("precheck", at, csv);
        return new PrecheckReportResult
        {
            CsvReport = report.Id,
            Report = new PrecheckReport
            {
                DateCreated = at,
                EstimatedTimeToUpdate = update.UpdateType == UpdateType.Upgrade ? 120 : 45,
                Issues = new Notifications { Errors = errors.Count > 0 ? errors : null, Warnings = warnings.Count > 0 ? warnings : null },
                ReportSummary = new PrecheckReportSummary { ErrorCount = errors.Count, WarningCount = warnings.Count },
            },
        };
    }

    private static Notification Issue(string id, DateTimeOffset at, string text, string resolution) => new()
    {
        Id = "com.vmware.vcenter.lcm.precheck." + id,
        Time = at,
        Message = LocalizableMessage.Of("com.vmware.vcenter.lcm.precheck." + id, text),
        Resolution = LocalizableMessage.Of("com.vmware.vcenter.lcm.precheck." + id + ".resolution", resolution),
    };
}
