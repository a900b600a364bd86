using System.Text.Json.Nodes;

namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>A cron schedule (Cronos syntax, five or six fields) in a time zone that starts a runbook, once per tick across all nodes.</summary>
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

    public MisfirePolicy Misfire { get; init; } = MisfirePolicy.RunOnce;

    public OverlapPolicy Overlap { get; init; } = OverlapPolicy.Skip;

    /// <summary>A tick later than this is a misfire (the node was down); 60 s as in Rundeck.</summary>
    public TimeSpan MisfireThreshold { get; init; } = TimeSpan.FromSeconds(60);
}
