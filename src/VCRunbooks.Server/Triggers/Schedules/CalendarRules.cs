using VCRunbooks.Server.Triggers.Definitions;

namespace VCRunbooks.Server.Triggers.Schedules;

/// <summary>Whether a runbook may start now under the calendars: refused in a blackout, deferred outside every window.</summary>
internal static class CalendarRules
{
    public sealed record Verdict(string? Blackout, DateTimeOffset? DeferUntil, string? Window);

    public static Verdict Check(IEnumerable<CalendarTrigger> calendars, string runbook, DateTimeOffset now)
    {
        DateTimeOffset? deferUntil = null;
        string? window = null;
        foreach (var calendar in calendars.Where(c => c.Runbooks.Contains(runbook) || c.Runbooks.Contains("*")))
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(calendar.TimeZone);
            foreach (var blackout in calendar.Blackouts)
            {
                if (Covering(blackout, now, zone) is { } end)
                {
                    return new Verdict($"blackout '{calendar.Id}' ({blackout.Reason ?? "change freeze"}) until {end:u}: runbook '{runbook}' changes targets and is not started", null, null);
                }
            }
            if (calendar.Windows.Count == 0 || calendar.Windows.Any(w => Covering(w, now, zone) is not null))
            {
                continue;
            }
            var next = calendar.Windows.Select(w => NextStart(w, now, zone)).Where(s => s is not null).Min();
            if (next is { } opens && (deferUntil is null || opens > deferUntil))
            {
                deferUntil = opens;
                window = calendar.Id;
            }
        }
        return new Verdict(null, deferUntil, window);
    }

    /// <summary>The end of the occurrence of <paramref name="period"/> that covers <paramref name="now"/>, or null.</summary>
    public static DateTimeOffset? Covering(CalendarPeriod period, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (period.Cron is null)
        {
            return period.Start <= now && now < period.End ? period.End : null;
        }
        var duration = period.Duration!.Value;
        var cron = TriggerRules.Parse(period.Cron);
        var latest = cron.GetOccurrences(now - duration, now, zone, fromInclusive: false, toInclusive: true).LastOrDefault();
        return latest != default && now < latest + duration ? latest + duration : null;
    }

    public static DateTimeOffset? NextStart(CalendarPeriod period, DateTimeOffset now, TimeZoneInfo zone) =>
        period.Cron is null
            ? period.Start > now ? period.Start : null
            : TriggerRules.Parse(period.Cron).GetNextOccurrence(now, zone);
}
