using Microsoft.Extensions.Logging;

namespace VCRunbooks.Engine.Activities.BuiltIn;

[Activity("Diagnostics", "Writes a line to the run's journal.", Traits = ActivityTraits.Pure)]
public sealed class Log : Activity
{
    [Input(Required = true, Description = "The text to write.")]
    public string Message { get; set; } = string.Empty;

    [Input(Description = "Information, Warning or Error.", Default = "Information", Choices = ["Information", "Warning", "Error"])]
    public string Level { get; set; } = "Information";

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var level = Enum.TryParse<LogLevel>(Level, ignoreCase: true, out var l) ? l : LogLevel.Information;
#pragma warning disable CA2254 // The message is the operator's own text, logged as given.
        context.Logger.Log(level, Message);
#pragma warning restore CA2254
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
