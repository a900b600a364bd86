using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.SupportBundle;

namespace VCRunbooks.Simulator.SupportBundle;

/// <summary>appliance.SupportBundle: components, list (size, available, creation_status) and create as a cis task.</summary>
internal sealed class SupportBundleModule : IVapiModule
{
    private const int DefaultSize = 50;

    public void Map(VapiRouteTable routes)
    {
        routes.Get("/api/appliance/support-bundle/components", null, Access.Read, _ => VapiResult.Ok(SupportBundleCatalog.Components));
        routes.Get("/api/appliance/support-bundle", null, Access.Read, List);
        routes.Add(new VapiOperation { Method = "POST", Api = "/api/appliance/support-bundle?vmw-task=true", Access = Access.Write, Handler = Create });
    }

    private static VapiResult List(VapiContext context)
    {
        // The spec lists only the generic ERROR (500) for this operation, so bad filters answer that.
        var size = context.Query("size") is { } raw
            ? long.TryParse(raw, out var parsed) && parsed > 0 ? parsed : throw ListError("size", $"'{raw}' is not a positive number.")
            : DefaultSize;
        var available = context.Query("available") is { } a
            ? bool.TryParse(a, out var flag) ? flag : throw ListError("available", $"'{a}' is not true or false.")
            : (bool?)null;
        var status = context.Query("creation_status") switch
        {
            null => (SupportBundleCreationStatus?)null,
            "SUCCEEDED" => SupportBundleCreationStatus.Succeeded,
            "FAILED" => SupportBundleCreationStatus.Failed,
            "CANCELLED" => SupportBundleCreationStatus.Cancelled,
            var other => throw ListError("creation_status", $"'{other}' is not SUCCEEDED, FAILED or CANCELLED."),
        };
        var bundles = context.Appliance.Feature<SupportBundleState>().Bundles
            .Where(b => b.Status is not null)
            .OrderByDescending(b => b.Started)
            .Select(b => SupportBundleState.ToInfo(b, context.Now))
            .Where(i => status is null || i.Status == status)
            .Where(i => available is null || (i.Downloadable == true) == available)
            .Take((int)Math.Min(size, int.MaxValue))
            .ToList();
        return VapiResult.Ok(new SupportBundleListResult { SupportbundleOperations = bundles });
    }

    private static VapiException ListError(string field, string reason) =>
        new(VCRunbooks.VCenter.Errors.ErrorType.Error, "com.vmware.appliance.support_bundle.invalid_filter", $"Invalid value for '{field}': {reason}", field, reason);

    private static VapiResult Create(VapiContext context)
    {
        var spec = context.Body<SupportBundleCreateSpec>();
        if (string.IsNullOrWhiteSpace(spec.Description))
        {
            throw VapiException.InvalidArgument("description", "a description of why the bundle is generated is required.");
        }
        var count = 0;
        foreach (var (group, names) in spec.Components ?? SupportBundleCatalog.Components)
        {
            if (!SupportBundleCatalog.Components.TryGetValue(group, out var known))
            {
                throw VapiException.InvalidArgument("components", $"'{group}' is not a component group ({string.Join(", ", SupportBundleCatalog.Components.Keys)}).");
            }
            var unknown = names.FirstOrDefault(n => !known.Contains(n, StringComparer.Ordinal));
            if (unknown is not null)
            {
                throw VapiException.InvalidArgument("components", $"'{unknown}' is not a component of group '{group}'.");
            }
            count += names.Count == 0 ? known.Count : names.Count;
        }
        var partition = spec.Partition ?? SupportBundleCatalog.DefaultPartition;
        if (!SupportBundleCatalog.Partitions.Contains(partition))
        {
            throw VapiException.InvalidArgument("partition", $"'{partition}' is not a partition of the appliance ({string.Join(", ", SupportBundleCatalog.Partitions.Order(StringComparer.Ordinal))}).");
        }
        var record = context.Appliance.Feature<SupportBundleState>().Start(spec.Description, count, partition, context.Now);
        return VapiResult.Accepted(record.TaskId);
    }
}
