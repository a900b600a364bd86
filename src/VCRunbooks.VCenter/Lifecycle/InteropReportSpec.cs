namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.discovery.InteropReport.Spec: the vCenter version to check the associated products against.</summary>
public sealed record InteropReportSpec
{
    public required string TargetVersion { get; init; }
}
