using Microsoft.Extensions.Logging;
using VCRunbooks.Activities.Common;
using VCRunbooks.Activities.Sessions;
using VCRunbooks.Activities.Targets;
using VCRunbooks.Engine.Activities;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.Activities.Backup;

/// <remarks>Creates the schedule or updates it when it exists, so running it again converges instead of failing.</remarks>
/// <summary>
/// Creates the appliance's recurring backup schedule, or updates it when it exists
/// (<c>/api/appliance/recovery/backup/schedules</c>). Outcome: Done, with <see cref="Action"/> saying which.
/// </summary>
[Activity("vCenter Backup", "Creates or updates the appliance's recurring backup schedule.")]
public sealed class ConfigureBackupSchedule(IVCenterSessions sessions, ICredentialStore credentials) : VCenterActivity(sessions)
{
    /// <summary>The schedule's id; <c>default</c>, the one appliances keep.</summary>
    [Input(Description = "The schedule id; appliances keep one, named default.", Default = "default")]
    public string ScheduleId { get; set; } = "default";

    /// <summary>Optional parts to back up besides <c>common</c>.</summary>
    [Input(Description = "Optional parts besides common.")]
    public string[] Parts { get; set; } = [];

    /// <summary>The backup folder URL; its scheme gives the protocol.</summary>
    [Input(Required = true, Description = "The backup folder URL; its scheme gives the protocol.")]
    public string Location { get; set; } = string.Empty;

    /// <summary>The user at the location; null when it needs none.</summary>
    [Input(Description = "User at the location.")]
    public string? LocationUser { get; set; }

    /// <summary>The name of the secret holding the location's password; null when it needs none.</summary>
    [Input(Description = "Name of the secret holding the location password.")]
    public string? LocationPasswordSecret { get; set; }

    /// <summary>The name of the secret holding the archives' encryption password; null for unencrypted archives.</summary>
    [Input(Description = "Name of the secret holding the archive encryption password.")]
    public string? BackupPasswordSecret { get; set; }

    /// <summary>The hour of day the backup runs, 0–23 in the appliance's time zone; out of range faults the step.</summary>
    [Input(Description = "Hour of day (0-23, appliance time).", Default = 23)]
    public int Hour { get; set; } = 23;

    /// <summary>The minute, 0–59.</summary>
    [Input(Description = "Minute (0-59).", Default = 0)]
    public int Minute { get; set; }

    /// <summary>The weekdays it runs; every day when empty.</summary>
    [Input(Description = "Days of the week; every day when empty.")]
    public BackupDay[] Days { get; set; } = [];

    /// <summary>How many scheduled archives the appliance keeps.</summary>
    [Input(Description = "How many scheduled archives to keep.", Default = 7)]
    public int MaxCount { get; set; } = 7;

    /// <summary>Whether the schedule is active.</summary>
    [Input(Description = "Whether the schedule runs.", Default = true)]
    public bool Enable { get; set; } = true;

    /// <summary><c>Created</c> or <c>Updated</c>.</summary>
    [Output(Description = "Created or Updated.")]
    public string? Action { get; set; }

    /// <inheritdoc/>
    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, IVCenterClient client, CancellationToken cancellationToken)
    {
        if (Hour is < 0 or > 23 || Minute is < 0 or > 59)
        {
            throw new ArgumentException($"Hour {Hour} and Minute {Minute} must be a time of day (0-23, 0-59).");
        }

        var days = Days.Distinct().ToList();
        var recurrence = new RecurrenceInfo { Hour = Hour, Minute = Minute, Days = days.Count == 0 ? null : days };
        var retention = new RetentionInfo { MaxCount = MaxCount };
        var locationPassword = await credentials.RevealInputAsync(LocationPasswordSecret, nameof(LocationPasswordSecret), cancellationToken);
        var backupPassword = await credentials.RevealInputAsync(BackupPasswordSecret, nameof(BackupPasswordSecret), cancellationToken);

        var existing = await client.Backup.Schedules.ListAsync(cancellationToken);
        if (existing.ContainsKey(ScheduleId))
        {
            await client.Backup.Schedules.UpdateAsync(ScheduleId, new ScheduleUpdateSpec
            {
                Parts = Parts, Location = Location, LocationUser = LocationUser, LocationPassword = locationPassword,
                BackupPassword = backupPassword, Enable = Enable, RecurrenceInfo = recurrence, RetentionInfo = retention,
            }, cancellationToken);
            Action = "Updated";
        }
        else
        {
            await client.Backup.Schedules.CreateAsync(ScheduleId, new ScheduleCreateSpec
            {
                Parts = Parts, Location = Location, LocationUser = LocationUser, LocationPassword = locationPassword,
                BackupPassword = backupPassword, Enable = Enable, RecurrenceInfo = recurrence, RetentionInfo = retention,
            }, cancellationToken);
            Action = "Created";
        }

        context.Logger.LogSchedule(ScheduleId, Action);
        return ActivityResult.Done;
    }
}
