namespace VCRunbooks.VCenter.SupportBundle;

/// <summary>appliance.SupportBundle.ListResult.</summary>
public sealed record SupportBundleListResult
{
    public required IReadOnlyList<SupportBundleInfo> SupportbundleOperations { get; init; }
}
