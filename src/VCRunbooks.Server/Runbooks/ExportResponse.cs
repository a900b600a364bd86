namespace VCRunbooks.Server.Runbooks;

/// <summary>Where an exported runbook was written.</summary>
internal sealed record ExportResponse(string Id, int Version, string Path);
