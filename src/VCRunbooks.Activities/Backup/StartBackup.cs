using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using VCRunbooks.Activities.Common;
using VCRunbooks.Activities.Sessions;
using VCRunbooks.Activities.Targets;
using VCRunbooks.Engine.Activities;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.Activities.Backup;

/// <remarks>
/// Crash safety in two commits. The first execution checks size and request, records the newest existing job id and
/// suspends for zero time, so that mark is durable before anything starts. The resumed execution first looks for a
/// manual job to the same location newer than the mark (job ids are time based and sort); only when there is none
/// does it start one. The comment carries the step key, so the archive says which run made it.
/// </remarks>
/// <summary>
/// Starts one file-based backup job (<c>POST /api/appliance/recovery/backup/job</c>) after checking the parts' size and
/// validating the request: outcome Started with the job id, or TooLarge without starting. An invalid request or an unknown
/// part faults the step.
/// </summary>
[Activity("vCenter Backup", "Starts a file-based backup once (checks size and request first); finds its own job on re-execution.", Traits = ActivityTraits.Suspends)]
[Outcomes("Started", "TooLarge")]
public sealed class StartBackup(IVCenterSessions sessions, ICredentialStore credentials) : VCenterActivity(sessions)
{
    /// <summary>Optional parts to back up besides <c>common</c> (always included), e.g. <c>seat</c>; each must be one the appliance offers.</summary>
    [Input(Description = "Optional parts besides common, e.g. [\"seat\"].")]
    public string[] Parts { get; set; } = [];

    /// <summary>The location's protocol: Ftp, Ftps, Http, Https, Scp, Sftp, Nfs or Smb.</summary>
    [Input(Required = true, Description = "The protocol of the location.")]
    public LocationType LocationType { get; set; }

    /// <summary>The backup folder URL, e.g. <c>sftp://backup.lab.local/vcsa</c>; also how a re-execution recognises its own job.</summary>
    [Input(Required = true, Description = "The backup folder, e.g. sftp://backup.lab.local/vcsa.")]
    public string Location { get; set; } = string.Empty;

    /// <summary>The user at the location; null when it needs none.</summary>
    [Input(Description = "User at the location.")]
    public string? LocationUser { get; set; }

    /// <summary>The name of the secret holding the location's password (never the password); null when it needs none.</summary>
    [Input(Description = "Name of the secret holding the location password.")]
    public string? LocationPasswordSecret { get; set; }

    /// <summary>The name of the secret holding the archive's encryption password (8–20 characters); null for an unencrypted archive.</summary>
    [Input(Description = "Name of the secret holding the archive encryption password (8-20 characters).")]
    public string? BackupPasswordSecret { get; set; }

    /// <summary>Text stored with the archive; the step key is appended so the archive names the run that made it.</summary>
    [Input(Description = "Comment stored with the archive; the run's key is appended.")]
    public string? Comment { get; set; }

    /// <summary>Completes with TooLarge instead of starting when the parts need more MB than this; null or 0 for no limit.</summary>
    [Input(Description = "Refuse (outcome TooLarge) when the parts need more than this many MB; no limit when empty or 0.")]
    public long? MaxSizeMb { get; set; }

    /// <summary>The backup job's id, for WaitForJob with Kind Backup; null on TooLarge.</summary>
    [Output(Description = "The backup job id, for WaitForJob.")]
    public string? JobId { get; set; }

    /// <summary>The MB the chosen parts need, as the appliance reports.</summary>
    [Output(Description = "The size the parts need, in MB.")]
    public long SizeMb { get; set; }

    /// <summary>True when a re-execution found the job an earlier execution started instead of starting another.</summary>
    [Output(Description = "True when the job was found from an earlier execution rather than started now.")]
    public bool Adopted { get; set; }

    /// <inheritdoc/>
    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, IVCenterClient client, CancellationToken cancellationToken)
    {
        var step = context.GetState<Step>();
        SizeMb = step.SizeMb ?? 0;
        if (step.JobId is { } known)
        {
            JobId = known;
            return ActivityResult.Complete("Started");
        }

        var request = await BuildRequestAsync(context, cancellationToken);
        if (step.NewestJobBefore is not { } newestBefore)
        {
            SizeMb = await NeededSizeAsync(client, context, cancellationToken);
            if (MaxSizeMb is > 0 and { } max && SizeMb > max)
            {
                return ActivityResult.Complete("TooLarge");
            }

            var check = await client.Backup.ValidateAsync(request, cancellationToken);
            if (check.Status == ReturnStatus.Fail)
            {
                throw new InvalidOperationException($"vCenter refused the backup request: {string.Join("; ", check.Messages)}");
            }

            var jobs = await client.Backup.ListJobsAsync(cancellationToken);
            return context.MarkThenContinue(step with { SizeMb = SizeMb, NewestJobBefore = jobs.Count == 0 ? string.Empty : jobs.Max(StringComparer.Ordinal) });
        }

        var own = await FindOwnJobAsync(client, newestBefore, cancellationToken);
        if (own is not null)
        {
            Adopted = true;
            context.Logger.LogBackupFound(own);
        }
        else
        {
            own = (await client.Backup.StartAsync(request, cancellationToken)).Id;
            context.Logger.LogBackupStarted(own);
        }

        JobId = own;
        context.SetState(step with { JobId = own });
        return ActivityResult.Complete("Started");
    }

    /// <summary>
    /// The step's durable state: the size found, then the mark (the newest job id before this step starts one, empty
    /// when there was none) committed before the start, then the job it started or found.
    /// </summary>
    private sealed record Step
    {
        public long? SizeMb { get; init; }
        public string? NewestJobBefore { get; init; }
        public string? JobId { get; init; }
    }

    private async Task<BackupRequest> BuildRequestAsync(ActivityContext context, CancellationToken cancellationToken) => new()
    {
        Parts = Parts,
        LocationType = LocationType,
        Location = Location,
        LocationUser = LocationUser,
        LocationPassword = await credentials.RevealInputAsync(LocationPasswordSecret, nameof(LocationPasswordSecret), cancellationToken),
        BackupPassword = await credentials.RevealInputAsync(BackupPasswordSecret, nameof(BackupPasswordSecret), cancellationToken),
        Comment = $"{Comment} [vcrunbooks {context.StepKey}]".TrimStart(),
    };

    private async Task<long> NeededSizeAsync(IVCenterClient client, ActivityContext context, CancellationToken cancellationToken)
    {
        var available = (await client.Backup.ListPartsAsync(cancellationToken)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = Parts.Where(p => !available.Contains(p)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Parts {string.Join(", ", unknown)} are not offered by this appliance (it has {string.Join(", ", available)}).");
        }

        long total = 0;
        foreach (var part in Parts.Append("common").Distinct(StringComparer.Ordinal))
        {
            total += await client.Backup.GetPartSizeAsync(part, cancellationToken);
        }

        if (context.Logger.IsEnabled(LogLevel.Information))
        {
            context.Logger.LogBackupSize(total, string.Join(",", Parts.Append("common").Distinct(StringComparer.Ordinal)));
        }
        return total;
    }

    /// <summary>
    /// A job's location is ours, or a folder the appliance made inside it (<c>…/vCenter/sn_…/M_…</c>); a sibling folder
    /// whose name only begins the same (<c>…/vcsa-other</c> beside <c>…/vcsa</c>) is not.
    /// </summary>
    private static bool IsInside(string jobLocation, string location)
    {
        var root = location.TrimEnd('/');
        return jobLocation.Equals(root, StringComparison.OrdinalIgnoreCase)
            || jobLocation.StartsWith(root + "/", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A manual job to our location that is newer than the mark can only be ours: the appliance runs one backup at a time.</summary>
    private async Task<string?> FindOwnJobAsync(IVCenterClient client, string newestBefore, CancellationToken cancellationToken)
    {
        var newer = (await client.Backup.ListJobsAsync(cancellationToken))
            .Where(id => string.CompareOrdinal(id, newestBefore) > 0)
            .ToList();
        if (newer.Count == 0)
        {
            return null;
        }

        var details = await client.Backup.GetJobDetailsAsync(newer, cancellationToken);
        return details
            .Where(d => d.Value.Type == BackupJobType.Manual && IsInside(d.Value.Location, Location))
            .Select(d => d.Key)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
