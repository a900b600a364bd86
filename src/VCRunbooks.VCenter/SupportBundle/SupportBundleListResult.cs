namespace VCRunbooks.VCenter.SupportBundle;

/// <summary>appliance.SupportBundle.ListResult.</summary>
public sealed record SupportBundleListResult
{
    /// <summary>The support bundle requests (wire <c>supportbundle_operations</c>).</summary>
    public required IReadOnlyList<SupportBundleInfo> SupportbundleOperations { get; init; }
}
