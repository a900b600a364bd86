using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Client.Validation;
using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.VCenter.Client.Deployment;

internal sealed class DeploymentClient(ClientContext context) : IDeploymentClient
{
    internal const string Api = "/api/vcenter/deployment";
    internal const string Rest = "/rest/vcenter/deployment";
    private const string Started = "started";

    public IDeploymentHistoryClient History { get; } = new DeploymentHistoryClient(context);

    public Task<DeploymentInfo> GetAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<DeploymentInfo>(Read(""), cancellationToken);

    public Task RollbackAsync(CancellationToken cancellationToken = default) => Action("?action=rollback", null, cancellationToken);

    public Task<CheckInfo> CheckInstallAsync(InstallSpec spec, CancellationToken cancellationToken = default) =>
        Check("/install?action=check", CheckSpec(spec), cancellationToken);

    public Task StartInstallAsync(InstallSpec spec, CancellationToken cancellationToken = default) =>
        StartAsync("/install?action=start", CheckSpec(spec), cancellationToken);

    public Task<InstallSpec> GetInstallSpecAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<InstallSpec>(Read("/install"), cancellationToken);

    public Task CancelInstallAsync(CancellationToken cancellationToken = default) => Action("/install?action=cancel", null, cancellationToken);

    public Task<CheckInfo> CheckUpgradeAsync(UpgradeSpec spec, CancellationToken cancellationToken = default) =>
        Check("/upgrade?action=check", Arguments.NotNull(spec, nameof(spec)), cancellationToken);

    public Task StartUpgradeAsync(UpgradeSpec spec, CancellationToken cancellationToken = default) =>
        StartAsync("/upgrade?action=start", Arguments.NotNull(spec, nameof(spec)), cancellationToken);

    public Task<UpgradeSpec> GetUpgradeSpecAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<UpgradeSpec>(Read("/upgrade"), cancellationToken);

    public Task CancelUpgradeAsync(CancellationToken cancellationToken = default) => Action("/upgrade?action=cancel", null, cancellationToken);

    public Task<CheckInfo> CheckMigrateAsync(MigrateSpec spec, CancellationToken cancellationToken = default) =>
        Check("/migrate?action=check", Arguments.NotNull(spec, nameof(spec)), cancellationToken);

    public Task StartMigrateAsync(MigrateSpec spec, CancellationToken cancellationToken = default) =>
        StartAsync("/migrate?action=start", Arguments.NotNull(spec, nameof(spec)), cancellationToken);

    public Task<MigrateSpec> GetMigrateSpecAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<MigrateSpec>(Read("/migrate"), cancellationToken);

    public Task CancelMigrateAsync(CancellationToken cancellationToken = default) => Action("/migrate?action=cancel", null, cancellationToken);

    public Task<CheckInfo> CheckStandalonePscAsync(StandalonePscSpec spec, CancellationToken cancellationToken = default) =>
        Check("/install/psc/standalone?action=check", Arguments.NotNull(spec, nameof(spec)), cancellationToken);

    public Task<CheckInfo> CheckReplicatedPscAsync(ReplicatedPscSpec spec, CancellationToken cancellationToken = default)
    {
        Arguments.NotNull(spec, nameof(spec));
        Port(spec.HttpsPort, "spec.HttpsPort");
        return Check("/install/psc/replicated?action=check", spec, cancellationToken);
    }

    public Task<CheckInfo> CheckRemotePscAsync(RemotePscSpec spec, CancellationToken cancellationToken = default)
    {
        Arguments.NotNull(spec, nameof(spec));
        Port(spec.HttpsPort, "spec.HttpsPort");
        return Check("/install/remote-psc?action=check", spec, cancellationToken);
    }

    public Task<CheckInfo> CheckActiveDirectoryAsync(ActiveDirectorySpec spec, CancellationToken cancellationToken = default) =>
        Check("/migrate/active-directory?action=check", Arguments.NotNull(spec, nameof(spec)), cancellationToken);

    public Task<string> GetRemotePscThumbprintAsync(string address, int? httpsPort = null, CancellationToken cancellationToken = default)
    {
        Arguments.NotEmpty(address, nameof(address));
        Port(httpsPort, nameof(httpsPort));
        const string path = "/install/initial-config/remote-psc/thumbprint";
        return context.Transport.SendAsync<string>(VapiRequest.Get(
            new QueryString().Add("address", address).Add("https_port", httpsPort).AppendTo(Api + path),
            new QueryString().Add("spec.address", address).Add("spec.https_port", httpsPort).AppendTo(Rest + path)), cancellationToken);
    }

    public Task<QuestionInfo> GetQuestionsAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<QuestionInfo>(Read("/question"), cancellationToken);

    public Task AnswerAsync(string questionId, string answer, CancellationToken cancellationToken = default)
    {
        Arguments.NotEmpty(questionId, nameof(questionId));
        Arguments.NotEmpty(answer, nameof(answer));
        return Action("/question?action=answer", new AnswerSpec { QuestionId = questionId, AnswerVal = answer }, cancellationToken);
    }

    public async Task<DeploymentInfo> WaitAsync(Func<DeploymentQuestion, string>? answerQuestion = null, WaitPolicy? policy = null,
        IProgress<DeploymentInfo>? progress = null, CancellationToken cancellationToken = default)
    {
        var info = await context.Poller.UntilAsync("stage-2 configuration", async ct =>
            {
                var current = await GetAsync(ct);
                if (current.State != ApplianceState.QuestionRaised || answerQuestion is null)
                {
                    return current;
                }
                foreach (var question in (await GetQuestionsAsync(ct)).Questions)
                {
                    await AnswerAsync(question.Id, answerQuestion(question), ct);
                }
                return await GetAsync(ct);
            },
            i => i.State is ApplianceState.Configured or ApplianceState.Failed or ApplianceState.Initialized or ApplianceState.NotInitialized
                || (i.State == ApplianceState.QuestionRaised && answerQuestion is null),
            policy ?? context.DefaultWait, Key, progress, cancellationToken);
        return info.State == ApplianceState.Failed
            ? throw new VCenterOperationFailedException($"Stage 2 failed: {info.Progress?.Message.DefaultMessage ?? info.Description.DefaultMessage}", null,
                info.Progress is { } p ? [p.Message] : [], info)
            : info;
    }

    public Task<DeploymentInfo> WaitForStateAsync(IReadOnlyCollection<ApplianceState> states, WaitPolicy? policy = null,
        IProgress<DeploymentInfo>? progress = null, CancellationToken cancellationToken = default)
    {
        Arguments.NotNull(states, nameof(states));
        if (states.Count == 0)
        {
            throw new ArgumentException("Name at least one state to wait for.", nameof(states));
        }
        Arguments.Defined(states, nameof(states));
        return context.Poller.UntilAsync($"deployment state {string.Join("|", states)}", GetAsync, i => states.Contains(i.State),
            policy ?? context.DefaultWait, Key, progress, cancellationToken);
    }

    private static object Key(DeploymentInfo info) => (info.State, info.Status, info.Progress?.Completed, info.Progress?.Message.Id);

    private static InstallSpec CheckSpec(InstallSpec spec)
    {
        Arguments.NotNull(spec, nameof(spec));
        Arguments.NotNull(spec.VcsaEmbedded, "spec.VcsaEmbedded");
        if ((spec.VcsaEmbedded.Standalone is null) == (spec.VcsaEmbedded.Replicated is null))
        {
            throw new ArgumentException("Give exactly one of Standalone or Replicated.", "spec.VcsaEmbedded");
        }
        if (spec.VcsaEmbedded.Standalone is { } standalone)
        {
            Arguments.NotEmpty(standalone.SsoAdminPassword, "spec.VcsaEmbedded.Standalone.SsoAdminPassword");
        }
        return spec;
    }

    private static void Port(long? port, string name)
    {
        if (port is < 1 or > 65535)
        {
            throw new ArgumentOutOfRangeException(name, port, "The port must be between 1 and 65535.");
        }
    }

    // Deployment answers on 5480 are not boxed in {"value":..} under /rest (observed on real appliances).
    private static VapiRequest Read(string suffix) => VapiRequest.Get(Api + suffix, Rest + suffix) with { RestUnwrapped = true };

    private Task<CheckInfo> Check(string suffix, object spec, CancellationToken cancellationToken) =>
        context.Transport.SendAsync<CheckInfo>(new VapiRequest
        {
            Method = HttpMethod.Post, Api = Api + suffix, Rest = Rest + suffix, RestBodyName = "spec", Body = spec, RestUnwrapped = true,
            // Checks change nothing.
            Retry = RetryMode.Safe,
        }, cancellationToken);

    internal Task Action(string suffix, object? body, CancellationToken cancellationToken) =>
        context.Transport.SendAsync(new VapiRequest { Method = HttpMethod.Post, Api = Api + suffix, Rest = Rest + suffix, RestBodyName = "spec", Body = body }, cancellationToken);

    private Task<string> StartAsync(string suffix, object spec, CancellationToken cancellationToken) =>
        context.Transport.SendAsync<string>(new VapiRequest { Method = HttpMethod.Post, Api = Api + suffix, Rest = Rest + suffix, RestBodyName = "spec", Body = spec },
            async ct => (await GetAsync(ct)).State is ApplianceState.ConfigInProgress or ApplianceState.QuestionRaised or ApplianceState.Configured ? Started : null,
            cancellationToken);
}
