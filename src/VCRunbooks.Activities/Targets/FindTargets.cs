using VCRunbooks.Engine.Activities;

namespace VCRunbooks.Activities.Targets;

/// <summary>The fleet a runbook works on: target names by tag, from the host's target store.</summary>
[Activity("vCenter", "Lists the targets that carry a tag (every target when empty); Found or None.", Traits = ActivityTraits.Pure)]
[Outcomes("Found", "None")]
public sealed class FindTargets(ITargetResolver targets) : Activity
{
    /// <summary>The tag to match (case-insensitive), e.g. <c>prod-emea</c>; every target when null or empty.</summary>
    [Input(Description = "The tag, e.g. prod-emea; every target when empty.")]
    public string? Tag { get; set; }

    /// <summary>The matching targets' names in name order, e.g. for a ForEach.</summary>
    [Output(Description = "The targets' names, in name order.")]
    public string[] Names { get; set; } = [];

    /// <inheritdoc/>
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        Names = [.. await targets.ListNamesAsync(Tag, context.CancellationToken)];
        return ActivityResult.Complete(Names.Length > 0 ? "Found" : "None");
    }
}
