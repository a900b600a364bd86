using System.Text.Json.Nodes;
using VCRunbooks.Engine.Persistence;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine;

/// <summary>The one place a run row becomes the public RunSummary/RunDetails, so lists and details never disagree.</summary>
internal static class RunMapping
{
    public static RunSummary ToSummary(RunRecord r) => new()
    {
        Id = r.Id,
        DefinitionId = r.DefinitionId,
        Version = r.DefinitionVersion,
        Status = Enum.Parse<RunStatus>(r.Status),
        ParentRunId = r.ParentRunId,
        Error = r.Error,
        Target = r.Target,
        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(r.CreatedAtMs),
        UpdatedAt = DateTimeOffset.FromUnixTimeMilliseconds(r.UpdatedAtMs),
    };

    public static RunDetails ToDetails(RunRecord r, IEnumerable<BookmarkRecord> waits)
    {
        var state = RunStateJson.Deserialize(r.State);
        return new RunDetails(ToSummary(r))
        {
            Inputs = state.Inputs,
            Variables = state.Variables,
            Outputs = state.Outputs,
            Waiting = waits.OrderBy(b => b.CreatedAtMs).Select(b => new WaitInfo(
                b.Name,
                b.CorrelationKey,
                b.DueAtMs is { } due ? DateTimeOffset.FromUnixTimeMilliseconds(due) : null,
                b.Metadata is null ? null : JsonNode.Parse(b.Metadata) as JsonObject)).ToList(),
            FaultedActivityId = state.Fault?.ActivityId,
            PendingActivities = state.Tokens.Count,
        };
    }
}
