namespace VCRunbooks.VCenter.SupportBundle;

/// <summary>appliance.SupportBundle.CreateSpec: components by group (all when unset) and the partition to write to.</summary>
public sealed record SupportBundleCreateSpec
{
    public required string Description { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? Components { get; init; }
    public string? Partition { get; init; }
}
