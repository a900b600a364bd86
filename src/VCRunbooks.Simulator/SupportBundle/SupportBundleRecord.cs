using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.SupportBundle;

namespace VCRunbooks.Simulator.SupportBundle;

/// <summary>One support bundle request: running until its task ends, then SUCCEEDED, FAILED or CANCELLED.</summary>
internal sealed class SupportBundleRecord
{
    public required string TaskId { get; init; }
    public required string Description { get; init; }
    public required DateTimeOffset Started { get; init; }
    public required int ComponentCount { get; init; }
    public required string FileName { get; init; }
    public SupportBundleCreationStatus? Status { get; set; }
    public DateTimeOffset? GeneratedAt { get; set; }
    public string? Url { get; set; }
    public long SizeKb { get; set; }
    public LocalizableMessage? FailureReason { get; set; }
}
