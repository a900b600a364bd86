using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Runs;

internal sealed partial class RunSession
{
    /// <summary>
    /// The child is inserted in the same transaction as the parent's suspension on its completion,
    /// so neither can exist without the other, whatever crashes.
    /// </summary>
    public async ValueTask<string> StartChildRunAsync(string definitionId, int? version, JsonObject? inputs, RunToken token, CancellationToken cancellationToken)
    {
        var plan = await _services.Definitions.GetPlanAsync(definitionId, version, cancellationToken);
        var childId = Guid.NewGuid().ToString("N");
        var (record, outbox) = RunFactory.Create(plan, inputs, childId, RunId, null, NowMs);
        NewChildRuns.Add(record);
        Outbox.Add(outbox);
        DispatchAfterCommit.Add(childId);
        AddJournal("child-run", token.ActivityId, $"Started child run {childId} of {plan.Definition.Id} v{plan.Definition.Version}");
        return childId;
    }
}
