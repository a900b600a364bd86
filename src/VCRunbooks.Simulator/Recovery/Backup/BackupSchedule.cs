using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.Simulator.Recovery.Backup;

/// <summary>A backup schedule: its settings and the simulated moment up to which its occurrences were handled.</summary>
internal sealed class BackupSchedule
{
    public required string Id { get; init; }
    public required IReadOnlyList<string> Parts { get; set; }
    public required string Location { get; set; }
    public string? LocationUser { get; set; }
    public string? LocationPassword { get; set; }
    public string? BackupPassword { get; set; }
    public bool Enable { get; set; } = true;
    public RecurrenceInfo? Recurrence { get; set; }
    public RetentionInfo? Retention { get; set; }
    public bool? FastBackup { get; set; }
    /// <summary>Occurrences at or before this moment have been handled (run or skipped).</summary>
    public DateTimeOffset HandledUntil { get; set; }

    /// <summary>The first occurrence after <see cref="HandledUntil"/>, or null when the schedule never fires by itself.</summary>
    public DateTimeOffset? NextOccurrence()
    {
        if (!Enable || Recurrence is not { } recurrence)
        {
            return null;
        }
        var day = HandledUntil.UtcDateTime.Date;
        for (var i = 0; i <= 8; i++, day = day.AddDays(1))
        {
            var at = new DateTimeOffset(day.AddHours(recurrence.Hour).AddMinutes(recurrence.Minute), TimeSpan.Zero);
            if (at > HandledUntil && RunsOn(recurrence, day.DayOfWeek))
            {
                return at;
            }
        }
        return null;
    }

    public ScheduleInfo ToInfo() => new()
    {
        Parts = Parts,
        Location = Location,
        LocationUser = LocationUser,
        Enable = Enable,
        RecurrenceInfo = Recurrence,
        RetentionInfo = Retention,
        FastBackup = FastBackup,
    };

    private static bool RunsOn(RecurrenceInfo recurrence, DayOfWeek day) =>
        recurrence.Days is not { Count: > 0 } days || days.Contains(day switch
        {
            DayOfWeek.Monday => BackupDay.Monday,
            DayOfWeek.Tuesday => BackupDay.Tuesday,
            DayOfWeek.Wednesday => BackupDay.Wednesday,
            DayOfWeek.Thursday => BackupDay.Thursday,
            DayOfWeek.Friday => BackupDay.Friday,
            DayOfWeek.Saturday => BackupDay.Saturday,
            _ => BackupDay.Sunday,
        });
}
