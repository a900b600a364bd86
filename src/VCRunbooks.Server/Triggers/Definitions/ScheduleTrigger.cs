using System.Text.Json.Nodes;

namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>
/// A cron schedule (Cronos syntax, five or six fields) in a time zone that starts a runbook, once per tick across all
/// nodes, or once per tagged target per tick (<see cref="ForEachTargetTagged"/>).
/// </summary>
internal sealed record ScheduleTrigger : ITriggerDefinition
{
    public string Id { get; init; } = string.Empty;

    public TriggerKind Kind => TriggerKind.Schedule;

    public string? Description { get; init; }

    public bool Enabled { get; init; } = true;

    public string Runbook { get; init; } = string.Empty;

    public string Cron { get; init; } = string.Empty;

    /// <summary>An IANA (Europe/Berlin) or Windows time zone id; UTC when absent.</summary>
    public string TimeZone { get; init; } = "UTC";

    public JsonObject Inputs { get; init; } = [];

    /// <summary>
    /// Fan-out: each tick starts one run per target with this tag (targets as they are at the tick), the target's name
    /// in <see cref="TargetInput"/>; exactly one per target per tick across nodes. Null: one run per tick.
    /// </summary>
    public string? ForEachTargetTagged { get; init; }

    /// <summary>The input a fan-out puts the target's name in.</summary>
    public string TargetInput { get; init; } = "target";

    public MisfirePolicy Misfire { get; init; } = MisfirePolicy.RunOnce;

    public OverlapPolicy Overlap { get; init; } = OverlapPolicy.Skip;

    /// <summary>A tick later than this is a misfire (the node was down); 60 s as in Rundeck.</summary>
    public TimeSpan MisfireThreshold { get; init; } = TimeSpan.FromSeconds(60);
}
