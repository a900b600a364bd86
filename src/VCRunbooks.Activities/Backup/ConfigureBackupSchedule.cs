using Microsoft.Extensions.Logging;
using VCRunbooks.Activities.Common;
using VCRunbooks.Activities.Sessions;
using VCRunbooks.Activities.Targets;
using VCRunbooks.Engine.Activities;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.Activities.Backup;

/// <remarks>Creates the schedule or updates it when it exists, so running it again converges instead of failing.</remarks>
[Activity("vCenter Backup", "Creates or updates the appliance's recurring backup schedule.")]
public sealed class ConfigureBackupSchedule(IVCenterSessions sessions, ICredentialStore credentials) : VCenterActivity(sessions)
{
    [Input(Description = "The schedule id; appliances keep one, named default.", Default = "default")]
    public string ScheduleId { get; set; } = "default";

    [Input(Description = "Optional parts besides common.")]
    public string[] Parts { get; set; } = [];

    [Input(Required = true, Description = "The backup folder URL; its scheme gives the protocol.")]
    public string Location { get; set; } = string.Empty;

    [Input(Description = "User at the location.")]
    public string? LocationUser { get; set; }

    [Input(Description = "Name of the secret holding the location password.")]
    public string? LocationPasswordSecret { get; set; }

    [Input(Description = "Name of the secret holding the archive encryption password.")]
    public string? BackupPasswordSecret { get; set; }

    [Input(Description = "Hour of day (0-23, appliance time).", Default = 23)]
    public int Hour { get; set; } = 23;

    [Input(Description = "Minute (0-59).", Default = 0)]
    public int Minute { get; set; }

    [Input(Description = "Days of the week; every day when empty.")]
    public BackupDay[] Days { get; set; } = [];

    [Input(Description = "How many scheduled archives to keep.", Default = 7)]
    public int MaxCount { get; set; } = 7;

    [Input(Description = "Whether the schedule runs.", Default = true)]
    public bool Enable { get; set; } = true;

    [Output(Description = "Created or Updated.")]
    public string? Action { get; set; }

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
