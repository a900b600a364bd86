using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Client.Validation;
using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Restore;

namespace VCRunbooks.VCenter.Client.Restore;

internal sealed class RestoreClient(ClientContext context) : IRestoreClient
{
    private const string Api = "/api/appliance/recovery/restore";
    private const string Rest = "/rest/appliance/recovery/restore";

    public Task<RestoreMetadata> ValidateAsync(RestoreRequest request, CancellationToken cancellationToken = default)
    {
        Check(request);
        return context.Transport.SendAsync<RestoreMetadata>(new VapiRequest
        {
            Method = HttpMethod.Post, Api = $"{Api}?action=validate", Rest = $"{Rest}/validate", RestBodyName = "piece", Body = request,
            Retry = RetryMode.Safe,
        }, cancellationToken);
    }

    public Task<RestoreJobStatus> StartAsync(RestoreRequest request, CancellationToken cancellationToken = default)
    {
        Check(request);
        return context.Transport.SendAsync(new VapiRequest
        {
            Method = HttpMethod.Post, Api = $"{Api}/job", Rest = $"{Rest}/job", RestBodyName = "piece", Body = request,
        }, async ct =>
        {
            // One restore at a time: a running job after a lost answer is the one this call started.
            var job = await GetJobAsync(ct);
            return job.State == ProcessState.InProgress ? job : null;
        }, cancellationToken);
    }

    public Task<RestoreJobStatus> GetJobAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<RestoreJobStatus>(VapiRequest.Get($"{Api}/job", $"{Rest}/job"), cancellationToken);

    public Task<ReturnResult> CancelAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<ReturnResult>(new VapiRequest { Method = HttpMethod.Post, Api = $"{Api}/job?action=cancel", Rest = $"{Rest}/job/cancel" }, cancellationToken);

    public async Task<RestoreJobStatus> WaitAsync(WaitPolicy? policy = null, IProgress<RestoreJobStatus>? progress = null, CancellationToken cancellationToken = default)
    {
        var status = await context.Poller.UntilAsync("restore job", GetJobAsync,
            s => s.State is ProcessState.Succeeded or ProcessState.Failed or ProcessState.None, policy ?? context.DefaultWait,
            s => (s.State, s.Progress), progress, cancellationToken);
        return status.State == ProcessState.Succeeded
            ? status
            : throw new VCenterOperationFailedException(
                $"The restore {(status.State == ProcessState.None ? "is not running (canceled or never started)" : $"failed at {status.Progress}%")}: {string.Join(" ", status.Messages.Select(m => m.DefaultMessage))}",
                null, status.Messages, status);
    }

    private static void Check(RestoreRequest request)
    {
        Arguments.NotNull(request, nameof(request));
        Arguments.Defined(request.LocationType, "request.LocationType");
        Arguments.NotEmpty(request.Location, "request.Location");
        if (request.BackupPassword is { Length: 0 })
        {
            throw new ArgumentException("Leave the backup password null for an unencrypted backup rather than empty.", "request.BackupPassword");
        }
    }
}
