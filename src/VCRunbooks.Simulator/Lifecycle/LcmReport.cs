namespace VCRunbooks.Simulator.Lifecycle;

/// <summary>A CSV report produced by an interoperability or pre-check task, downloadable by id.</summary>
internal sealed record LcmReport(string Id, string Kind, DateTimeOffset Created, string Csv);
