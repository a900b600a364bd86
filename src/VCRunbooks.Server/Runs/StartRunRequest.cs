using System.Text.Json.Nodes;

namespace VCRunbooks.Server.Runs;

/// <summary>Starts a run of a published runbook.</summary>
internal sealed record StartRunRequest
{
    /// <summary>Runbook id.</summary>
    public string? Runbook { get; init; }
    /// <summary>Version to pin; the latest when absent.</summary>
    public int? Version { get; init; }
    /// <summary>Runbook inputs by name.</summary>
    public JsonObject? Inputs { get; init; }
    /// <summary>Starting twice with the same key returns the first run instead of starting a second.</summary>
    public string? IdempotencyKey { get; init; }
}
