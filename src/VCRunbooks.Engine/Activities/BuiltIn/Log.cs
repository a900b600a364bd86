using Microsoft.Extensions.Logging;

namespace VCRunbooks.Engine.Activities.BuiltIn;

/// <summary>Writes one line to the run's journal (and the host's log). Outcome: Done.</summary>
[Activity("Diagnostics", "Writes a line to the run's journal.", Traits = ActivityTraits.Pure)]
public sealed class Log : Activity
{
    /// <summary>The line to write, as given; never a secret.</summary>
    [Input(Required = true, Description = "The text to write.")]
    public string Message { get; set; } = string.Empty;

    /// <summary>Information, Warning or Error (case-insensitive); anything else logs as Information.</summary>
    [Input(Description = "Information, Warning or Error.", Default = "Information", Choices = ["Information", "Warning", "Error"])]
    public string Level { get; set; } = "Information";

    /// <inheritdoc/>
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var level = Enum.TryParse<LogLevel>(Level, ignoreCase: true, out var l) ? l : LogLevel.Information;
#pragma warning disable CA2254 // The message is the operator's own text, logged as given.
        context.Logger.Log(level, Message);
#pragma warning restore CA2254
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
