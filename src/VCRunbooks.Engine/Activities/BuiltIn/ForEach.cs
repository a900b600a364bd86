using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Activities.BuiltIn;

/// <remarks>
/// Iterate connects to the loop body; the body's last activity connects back to this ForEach, which
/// counts the iteration done and starts the next. Parallel iterations interleave in one run: while one
/// waits on a timer or event the others proceed.
/// </remarks>
[Activity("Flow", "Runs the Iterate branch once per item, sequentially or up to Parallelism at once; Done when all have come back.", Traits = ActivityTraits.Pure | ActivityTraits.Loop)]
[Outcomes("Iterate", "Done")]
public sealed class ForEach : Activity
{
    /// <summary>The items to iterate, copied into the step's state when the loop starts.</summary>
    [Input(Required = true, Description = "The items; the body reads the current one as Item and its position as Index.")]
    public JsonArray Items { get; set; } = [];

    /// <summary>How many iterations may be in flight at once (at least 1); they interleave in one run, never execute at the same instant.</summary>
    [Input(Description = "How many iterations may be in progress at once.", Default = 1)]
    public int Parallelism { get; set; } = 1;

    /// <inheritdoc/>
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var state = context.State;
        if (!context.LoopReturned)
        {
            var count = Items.Count;
            var first = Math.Min(Math.Max(1, Parallelism), count);
            state["items"] = Items.DeepClone();
            state["next"] = first;
            state["inFlight"] = first;
            return ValueTask.FromResult(count == 0 ? ActivityResult.Done : ActivityResult.Iterate(Enumerable.Range(0, first).Select(i => (i, Items[i]?.DeepClone())).ToList()));
        }

        var items = state["items"]!.AsArray();
        var next = state["next"]!.GetValue<int>();
        var inFlight = state["inFlight"]!.GetValue<int>() - 1;
        if (next < items.Count)
        {
            state["next"] = next + 1;
            state["inFlight"] = inFlight + 1;
            return ValueTask.FromResult(ActivityResult.Iterate([(next, items[next]?.DeepClone())]));
        }

        state["inFlight"] = inFlight;
        return ValueTask.FromResult(inFlight == 0 ? ActivityResult.Done : ActivityResult.Iterate([]));
    }
}
