namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>A trigger as the console lists it.</summary>
internal sealed record TriggerSummary(string Id, string Kind, string? Description, bool Enabled, string? Runbook, string? Detail, string Origin, DateTimeOffset UpdatedAt)
{
    public static TriggerSummary Of(ITriggerDefinition definition, string origin, long updatedAtMs) => new(
        definition.Id,
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(definition.Kind.ToString()),
        definition.Description,
        definition.Enabled,
        definition switch
        {
            WebhookTrigger w => w.Runbook,
            ChatAlias a => a.Runbook,
            ScheduleTrigger s => s.Runbook,
            _ => null,
        },
        definition switch
        {
            WebhookTrigger w => $"{w.Source} at /hooks/{w.EndpointName}",
            ChatAlias a => string.Join(" | ", a.Formats),
            ChatWorkspace c => c.Platform.ToString(),
            ScheduleTrigger s => $"{s.Cron} ({s.TimeZone})",
            CalendarTrigger c => $"{c.Windows.Count} windows, {c.Blackouts.Count} blackouts",
            _ => null,
        },
        origin,
        DateTimeOffset.FromUnixTimeMilliseconds(updatedAtMs));
}
