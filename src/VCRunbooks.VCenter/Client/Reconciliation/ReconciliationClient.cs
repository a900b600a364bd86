using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Client.Validation;
using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Recovery.Reconciliation;

namespace VCRunbooks.VCenter.Client.Reconciliation;

internal sealed class ReconciliationClient(ClientContext context) : IReconciliationClient
{
    private const string Api = "/api/appliance/recovery/reconciliation/job";
    private const string Rest = "/rest/appliance/recovery/reconciliation/job";

    public Task<ReconciliationInfo> StartAsync(ReconciliationSpec spec, CancellationToken cancellationToken = default)
    {
        Arguments.NotNull(spec, nameof(spec));
        if ((spec.SsoAdminUserName is null) != (spec.SsoAdminUserPassword is null))
        {
            throw new ArgumentException("Give both the SSO administrator's name and password, or neither.", "spec.SsoAdminUserPassword");
        }
        return context.Transport.SendAsync(new VapiRequest { Method = HttpMethod.Post, Api = Api, Rest = Rest, RestBodyName = "spec", Body = spec },
            async ct =>
            {
                try
                {
                    var job = await GetJobAsync(ct);
                    return job.Status == ReconciliationStatus.Running ? job : null;
                }
                catch (VCenterException ex) when (ex.ErrorType == VCRunbooks.VCenter.Errors.ErrorType.NotFound)
                {
                    return null;
                }
            }, cancellationToken);
    }

    public Task<ReconciliationInfo> GetJobAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<ReconciliationInfo>(VapiRequest.Get(Api, Rest), cancellationToken);

    public async Task<ReconciliationInfo> WaitAsync(WaitPolicy? policy = null, IProgress<ReconciliationInfo>? progress = null, CancellationToken cancellationToken = default)
    {
        var info = await context.Poller.UntilAsync("reconciliation job", GetJobAsync,
            i => i.Status is ReconciliationStatus.Succeeded or ReconciliationStatus.Failed, policy ?? context.DefaultWait,
            i => (i.Status, i.Progress), progress, cancellationToken);
        return info.Status == ReconciliationStatus.Failed
            ? throw new VCenterOperationFailedException($"Reconciliation failed: {string.Join(" ", info.Messages.Select(m => m.DefaultMessage))}", null, info.Messages, info)
            : info;
    }
}
