namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>The result of an interop-report task; CsvReport is the report id for GET /lcm/reports/{report}.</summary>
public sealed record InteropReportResult
{
    public required InteropReport Report { get; init; }
    public string? CsvReport { get; init; }
}
