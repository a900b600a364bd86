namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>The result of an interop-report task; CsvReport is the report id for GET /lcm/reports/{report}.</summary>
public sealed record InteropReportResult
{
    /// <summary>The report.</summary>
    public required InteropReport Report { get; init; }
    /// <summary>Id of the CSV form of the report; null when none was produced.</summary>
    public string? CsvReport { get; init; }
}
