namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>The result of a precheck-report task; CsvReport is the report id.</summary>
public sealed record PrecheckReportResult
{
    /// <summary>The report.</summary>
    public required PrecheckReport Report { get; init; }
    /// <summary>Id of the CSV form of the report, for <c>GET /api/vcenter/lcm/reports/{report}</c>; null when none.</summary>
    public string? CsvReport { get; init; }
}
