using System.Text.Json.Nodes;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine.Activities.BuiltIn;

/// <remarks>The child is created in the same commit as this activity's wait for it, so a crash can neither lose it nor start it twice.</remarks>
[Activity("Flow", "Runs another published runbook as a child run and waits for it to finish.", Traits = ActivityTraits.Suspends)]
public sealed class RunRunbook : Activity
{
    /// <summary>The id of the published runbook to start as the child.</summary>
    [Input(Required = true, Description = "The runbook to run.")]
    public string DefinitionId { get; set; } = string.Empty;

    /// <summary>The child's version; null starts the latest.</summary>
    [Input(Description = "The version; the latest when absent.")]
    public int? Version { get; set; }

    /// <summary>The child's run inputs, validated as a start's would be.</summary>
    [Input(Description = "The child's inputs.")]
    public JsonObject? Inputs { get; set; }

    /// <summary>The child run's id.</summary>
    [Output(Description = "The child run's id.")]
    public string? ChildRunId { get; set; }

    /// <summary>The child's variables as it completed (a runbook has no separate outputs).</summary>
    [Output(Description = "The child's final variables.")]
    public JsonObject? Outputs { get; set; }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The child ended other than Completed (faulted or cancelled); the message names its status and error.</exception>
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (context.Resumption is { Name: RunSession.ChildRunBookmark } done)
        {
            ChildRunId = done.CorrelationKey;
            var status = done.Payload?["status"]?.GetValue<string>();
            if (status != nameof(RunStatus.Completed))
            {
                throw new InvalidOperationException($"Child run {ChildRunId} ended {status}: {done.Payload?["error"]?.GetValue<string>()}");
            }

            Outputs = done.Payload?["variables"]?.DeepClone() as JsonObject;
            return ActivityResult.Done;
        }

        ChildRunId = await context.StartChildRunAsync(DefinitionId, Version, Inputs);
        context.State["childRunId"] = ChildRunId;
        return ActivityResult.Suspend(BookmarkRequest.Event(RunSession.ChildRunBookmark, ChildRunId));
    }
}
