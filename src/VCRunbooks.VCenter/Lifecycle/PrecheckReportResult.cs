namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>The result of a precheck-report task; CsvReport is the report id.</summary>
public sealed record PrecheckReportResult
{
    public required PrecheckReport Report { get; init; }
    public string? CsvReport { get; init; }
}
