using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.VCenter.Client.Deployment;

/// <summary>
/// Stage 2 of an appliance (vcenter.deployment): install, upgrade or migrate, questions, rollback. Runs on the
/// management side: create the client with <c>VCenterTarget.Management(host)</c> and local root credentials.
/// </summary>
public interface IDeploymentClient
{
    /// <summary>Importing historical data after an upgrade or migration (vcenter.deployment.import_history).</summary>
    IDeploymentHistoryClient History { get; }

    /// <summary>The deployment state and the running or last stage-2 operation (<c>GET /api/vcenter/deployment</c>).</summary>
    Task<DeploymentInfo> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns a FAILED appliance to INITIALIZED so stage 2 can be tried again (<c>POST /api/vcenter/deployment?action=rollback</c>); UNSUPPORTED when not FAILED.</summary>
    Task RollbackAsync(CancellationToken cancellationToken = default);

    /// <summary>Checks an install spec without starting (<c>POST /api/vcenter/deployment/install?action=check</c>); needs state INITIALIZED.</summary>
    Task<CheckInfo> CheckInstallAsync(InstallSpec spec, CancellationToken cancellationToken = default);

    /// <summary>Starts the install (<c>POST /api/vcenter/deployment/install?action=start</c>); needs INITIALIZED. A lost answer is recovered by reading the state rather than starting again.</summary>
    Task StartInstallAsync(InstallSpec spec, CancellationToken cancellationToken = default);

    /// <summary>The spec the running install was started with, passwords masked (<c>GET .../install</c>).</summary>
    Task<InstallSpec> GetInstallSpecAsync(CancellationToken cancellationToken = default);

    /// <summary>Cancels a running install (<c>POST .../install?action=cancel</c>); only in CONFIG_IN_PROGRESS.</summary>
    Task CancelInstallAsync(CancellationToken cancellationToken = default);

    /// <summary>Checks an upgrade spec against the source appliance (<c>POST .../upgrade?action=check</c>); the result includes what was found out about the source.</summary>
    Task<CheckInfo> CheckUpgradeAsync(UpgradeSpec spec, CancellationToken cancellationToken = default);

    /// <summary>Starts the upgrade (<c>POST .../upgrade?action=start</c>); needs INITIALIZED. A lost answer is recovered by reading the state.</summary>
    Task StartUpgradeAsync(UpgradeSpec spec, CancellationToken cancellationToken = default);

    /// <summary>The spec the running upgrade was started with (<c>GET .../upgrade</c>).</summary>
    Task<UpgradeSpec> GetUpgradeSpecAsync(CancellationToken cancellationToken = default);

    /// <summary>Cancels a running upgrade (<c>POST .../upgrade?action=cancel</c>).</summary>
    Task CancelUpgradeAsync(CancellationToken cancellationToken = default);

    /// <summary>Checks a migration spec against the Windows source (<c>POST .../migrate?action=check</c>).</summary>
    Task<CheckInfo> CheckMigrateAsync(MigrateSpec spec, CancellationToken cancellationToken = default);

    /// <summary>Starts the migration (<c>POST .../migrate?action=start</c>); needs INITIALIZED. A lost answer is recovered by reading the state.</summary>
    Task StartMigrateAsync(MigrateSpec spec, CancellationToken cancellationToken = default);

    /// <summary>The spec the running migration was started with (<c>GET .../migrate</c>).</summary>
    Task<MigrateSpec> GetMigrateSpecAsync(CancellationToken cancellationToken = default);

    /// <summary>Cancels a running migration (<c>POST .../migrate?action=cancel</c>).</summary>
    Task CancelMigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Checks the settings of a new SSO domain (<c>POST .../install/psc/standalone?action=check</c>).</summary>
    Task<CheckInfo> CheckStandalonePscAsync(StandalonePscSpec spec, CancellationToken cancellationToken = default);

    /// <summary>Checks joining a partner's SSO domain (<c>POST .../install/psc/replicated?action=check</c>); <see cref="ArgumentOutOfRangeException"/> for a port outside 1–65535.</summary>
    Task<CheckInfo> CheckReplicatedPscAsync(ReplicatedPscSpec spec, CancellationToken cancellationToken = default);

    /// <summary>Checks registering with an external PSC (<c>POST .../install/remote-psc?action=check</c>); <see cref="ArgumentOutOfRangeException"/> for a port outside 1–65535.</summary>
    Task<CheckInfo> CheckRemotePscAsync(RemotePscSpec spec, CancellationToken cancellationToken = default);

    /// <summary>Checks the AD domain a migrated appliance joins (<c>POST .../migrate/active-directory?action=check</c>).</summary>
    Task<CheckInfo> CheckActiveDirectoryAsync(ActiveDirectorySpec spec, CancellationToken cancellationToken = default);

    /// <summary>The SHA-1 thumbprint of a remote PSC's certificate, to pin in a spec (<c>GET .../install/initial-config/remote-psc/thumbprint</c>); <paramref name="httpsPort"/> null means 443.</summary>
    Task<string> GetRemotePscThumbprintAsync(string address, int? httpsPort = null, CancellationToken cancellationToken = default);

    /// <summary>The questions the configuration waits on (<c>GET .../question</c>); only in QUESTION_RAISED.</summary>
    Task<QuestionInfo> GetQuestionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Answers a raised question with one of its possible answers (<c>POST .../question?action=answer</c>); only in QUESTION_RAISED.</summary>
    Task AnswerAsync(string questionId, string answer, CancellationToken cancellationToken = default);

    /// <summary>
    /// Polls until CONFIGURED (returned) or FAILED (thrown). On QUESTION_RAISED it asks <paramref name="answerQuestion"/>
    /// for each answer and carries on; without one, it returns the QUESTION_RAISED state to the caller.
    /// </summary>
    Task<DeploymentInfo> WaitAsync(Func<DeploymentQuestion, string>? answerQuestion = null, WaitPolicy? policy = null,
        IProgress<DeploymentInfo>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Polls until the appliance is in one of <paramref name="states"/> (e.g. INITIALIZED after stage 1).</summary>
    Task<DeploymentInfo> WaitForStateAsync(IReadOnlyCollection<ApplianceState> states, WaitPolicy? policy = null,
        IProgress<DeploymentInfo>? progress = null, CancellationToken cancellationToken = default);
}
