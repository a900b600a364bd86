namespace VCRunbooks.VCenter.SupportBundle;

/// <summary>appliance.SupportBundle.CreateSpec: components by group (all when unset) and the partition to write to.</summary>
public sealed record SupportBundleCreateSpec
{
    /// <summary>What the bundle is for; shown in the listing.</summary>
    public required string Description { get; init; }
    /// <summary>Components to include, by group name (see the components listing); null includes all.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Components { get; init; }
    /// <summary>Partition to save the bundle on (see the appliance's storage list); null for the appliance's choice.</summary>
    public string? Partition { get; init; }
}
