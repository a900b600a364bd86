using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Client.Validation;
using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Deployment;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.VCenter.Client.Deployment;

internal sealed class DeploymentHistoryClient(ClientContext context) : IDeploymentHistoryClient
{
    private const string Api = DeploymentClient.Api + "/history";
    private const string Rest = DeploymentClient.Rest + "/history";

    public Task<ImportHistoryInfo> GetAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<ImportHistoryInfo>(VapiRequest.Get(Api, Rest) with { RestUnwrapped = true }, cancellationToken);

    public Task StartAsync(ImportHistoryCreateSpec spec, CancellationToken cancellationToken = default)
    {
        Arguments.NotNull(spec, nameof(spec));
        Arguments.NotEmpty(spec.Name, "spec.Name");
        return Action("start", spec, cancellationToken);
    }

    public Task PauseAsync(CancellationToken cancellationToken = default) => Action("pause", null, cancellationToken);

    public Task ResumeAsync(CancellationToken cancellationToken = default) => Action("resume", null, cancellationToken);

    public Task CancelAsync(CancellationToken cancellationToken = default) => Action("cancel", null, cancellationToken);

    public async Task<ImportHistoryInfo> WaitAsync(WaitPolicy? policy = null, IProgress<ImportHistoryInfo>? progress = null, CancellationToken cancellationToken = default)
    {
        var info = await context.Poller.UntilAsync("history import", GetAsync, i => i.Status is TaskStatus.Succeeded or TaskStatus.Failed,
            policy ?? context.DefaultWait, i => (i.Status, i.Progress?.Completed), progress, cancellationToken);
        return info.Status == TaskStatus.Failed
            ? throw new VCenterOperationFailedException($"The history import failed: {info.Description.DefaultMessage}", null, [], info)
            : info;
    }

    private Task Action(string action, object? body, CancellationToken cancellationToken) =>
        context.Transport.SendAsync(new VapiRequest { Method = HttpMethod.Post, Api = $"{Api}?action={action}", Rest = $"{Rest}?action={action}", RestBodyName = "spec", Body = body }, cancellationToken);
}
