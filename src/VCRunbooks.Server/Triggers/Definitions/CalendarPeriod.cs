namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>A span of time, either once (<see cref="Start"/> to <see cref="End"/>) or recurring (<see cref="Cron"/> for its start, lasting <see cref="Duration"/>).</summary>
internal sealed record CalendarPeriod
{
    public DateTimeOffset? Start { get; init; }

    public DateTimeOffset? End { get; init; }

    public string? Cron { get; init; }

    public TimeSpan? Duration { get; init; }

    /// <summary>Said to whoever a blackout refuses: "change freeze for the year-end close".</summary>
    public string? Reason { get; init; }
}
