namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.discovery.InteropReport.Spec: the vCenter version to check the associated products against.</summary>
public sealed record InteropReportSpec
{
    /// <summary>The vCenter version to check against, e.g. <c>8.0.2</c>.</summary>
    public required string TargetVersion { get; init; }
}
