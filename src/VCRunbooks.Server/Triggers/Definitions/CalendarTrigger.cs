namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>
/// Maintenance windows and blackouts for the runbooks that change targets. Inside a blackout no trigger starts them;
/// outside every window, a triggered run waits (durably) for the next window to open.
/// </summary>
internal sealed record CalendarTrigger : ITriggerDefinition
{
    public string Id { get; init; } = string.Empty;

    public TriggerKind Kind => TriggerKind.Calendar;

    public string? Description { get; init; }

    public bool Enabled { get; init; } = true;

    /// <summary>The runbooks the calendar governs: those that change a target (patching, upgrade, restore).</summary>
    public IReadOnlyList<string> Runbooks { get; init; } = [];

    public string TimeZone { get; init; } = "UTC";

    public IReadOnlyList<CalendarPeriod> Windows { get; init; } = [];

    public IReadOnlyList<CalendarPeriod> Blackouts { get; init; } = [];
}
