using System.Text.Json;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Client.Validation;
using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.VCenter.Client.Backup;

internal sealed class BackupClient(ClientContext context) : IBackupClient
{
    private const string Api = "/api/appliance/recovery/backup";
    private const string Rest = "/rest/appliance/recovery/backup";

    public IBackupSchedulesClient Schedules { get; } = new BackupSchedulesClient(context);

    public IBackupArchivesClient Archives { get; } = new BackupArchivesClient(context);

    public Task<RecoveryInfo> GetRecoveryAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<RecoveryInfo>(VapiRequest.Get("/api/appliance/recovery", "/rest/appliance/recovery"), cancellationToken);

    public Task<IReadOnlyList<BackupPart>> ListPartsAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<IReadOnlyList<BackupPart>>(VapiRequest.Get($"{Api}/parts", $"{Rest}/parts"), cancellationToken);

    public Task<long> GetPartSizeAsync(string partId, CancellationToken cancellationToken = default)
    {
        var id = Paths.Segment(partId, nameof(partId));
        return context.Transport.SendAsync<long>(VapiRequest.Get($"{Api}/parts/{id}", $"{Rest}/parts/{id}"), cancellationToken);
    }

    public Task<ReturnResult> ValidateAsync(BackupRequest request, CancellationToken cancellationToken = default)
    {
        Check(request);
        return context.Transport.SendAsync<ReturnResult>(new VapiRequest
        {
            Method = HttpMethod.Post, Api = $"{Api}?action=validate", Rest = $"{Rest}/validate", RestBodyName = "piece", Body = request,
            // Validation changes nothing on the appliance.
            Retry = RetryMode.Safe,
        }, cancellationToken);
    }

    public async Task<BackupJobStatus> StartAsync(BackupRequest request, CancellationToken cancellationToken = default)
    {
        Check(request);
        var before = (await ListJobsAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return await context.Transport.SendAsync(new VapiRequest
        {
            Method = HttpMethod.Post, Api = $"{Api}/job", Rest = $"{Rest}/job", RestBodyName = "piece", Body = request,
        }, async ct =>
        {
            // A job that was not there before this call is this call's job: the appliance runs one backup at a time.
            var started = (await ListJobsAsync(ct)).FirstOrDefault(id => !before.Contains(id));
            return started is null ? null : await GetJobAsync(started, ct);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<string>> ListJobsAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<IReadOnlyList<string>>(VapiRequest.Get($"{Api}/job", $"{Rest}/job"), cancellationToken);

    public Task<BackupJobStatus> GetJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        var id = Paths.Segment(jobId, nameof(jobId));
        return context.Transport.SendAsync<BackupJobStatus>(VapiRequest.Get($"{Api}/job/{id}", $"{Rest}/job/{id}"), cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, BackupJobDetails>> GetJobDetailsAsync(IReadOnlyCollection<string>? jobIds = null, CancellationToken cancellationToken = default)
    {
        foreach (var id in jobIds ?? [])
        {
            Arguments.NotEmpty(id, nameof(jobIds));
        }
        var rest = new QueryString();
        var index = 1;
        foreach (var id in jobIds ?? [])
        {
            rest.Add($"filter.jobs.{index++}", id);
        }
        var element = await context.Transport.SendAsync<JsonElement>(VapiRequest.Get(
            new QueryString().AddAll("jobs", jobIds).AppendTo($"{Api}/job/details"), rest.AppendTo($"{Rest}/job/details")), cancellationToken);
        return RestMaps.ToDictionary<BackupJobDetails>(element);
    }

    public Task<ReturnResult> CancelJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        var id = Paths.Segment(jobId, nameof(jobId));
        return context.Transport.SendAsync<ReturnResult>(new VapiRequest
        {
            Method = HttpMethod.Post, Api = $"{Api}/job/{id}?action=cancel", Rest = $"{Rest}/job/{id}/cancel",
        }, cancellationToken);
    }

    public async Task<BackupJobStatus> WaitForJobAsync(string jobId, WaitPolicy? policy = null, IProgress<BackupJobStatus>? progress = null, CancellationToken cancellationToken = default)
    {
        Arguments.NotEmpty(jobId, nameof(jobId));
        var status = await context.Poller.UntilAsync($"backup job {jobId}", ct => GetJobAsync(jobId, ct),
            s => s.State is ProcessState.Succeeded or ProcessState.Failed, policy ?? context.DefaultWait,
            s => (s.State, s.Progress), progress, cancellationToken);
        return status.State == ProcessState.Failed
            ? throw new VCenterOperationFailedException($"Backup job {jobId} failed at {status.Progress}%: {string.Join(" ", status.Messages.Select(m => m.DefaultMessage))}",
                null, status.Messages, status)
            : status;
    }

    internal static void Check(BackupRequest request)
    {
        Arguments.NotNull(request, nameof(request));
        Arguments.NotNull(request.Parts, "request.Parts");
        Arguments.Defined(request.LocationType, "request.LocationType");
        Arguments.NotEmpty(request.Location, "request.Location");
        Arguments.BackupPassword(request.BackupPassword, "request.BackupPassword");
    }
}
