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

    Task<DeploymentInfo> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns a FAILED appliance to INITIALIZED so stage 2 can be tried again.</summary>
    Task RollbackAsync(CancellationToken cancellationToken = default);

    Task<CheckInfo> CheckInstallAsync(InstallSpec spec, CancellationToken cancellationToken = default);

    /// <summary>Starts the install; a lost answer is recovered by reading the state rather than starting again.</summary>
    Task StartInstallAsync(InstallSpec spec, CancellationToken cancellationToken = default);

    /// <summary>The spec the running install was started with (passwords masked).</summary>
    Task<InstallSpec> GetInstallSpecAsync(CancellationToken cancellationToken = default);

    Task CancelInstallAsync(CancellationToken cancellationToken = default);

    Task<CheckInfo> CheckUpgradeAsync(UpgradeSpec spec, CancellationToken cancellationToken = default);

    Task StartUpgradeAsync(UpgradeSpec spec, CancellationToken cancellationToken = default);

    Task<UpgradeSpec> GetUpgradeSpecAsync(CancellationToken cancellationToken = default);

    Task CancelUpgradeAsync(CancellationToken cancellationToken = default);

    Task<CheckInfo> CheckMigrateAsync(MigrateSpec spec, CancellationToken cancellationToken = default);

    Task StartMigrateAsync(MigrateSpec spec, CancellationToken cancellationToken = default);

    Task<MigrateSpec> GetMigrateSpecAsync(CancellationToken cancellationToken = default);

    Task CancelMigrateAsync(CancellationToken cancellationToken = default);

    Task<CheckInfo> CheckStandalonePscAsync(StandalonePscSpec spec, CancellationToken cancellationToken = default);

    Task<CheckInfo> CheckReplicatedPscAsync(ReplicatedPscSpec spec, CancellationToken cancellationToken = default);

    Task<CheckInfo> CheckRemotePscAsync(RemotePscSpec spec, CancellationToken cancellationToken = default);

    Task<CheckInfo> CheckActiveDirectoryAsync(ActiveDirectorySpec spec, CancellationToken cancellationToken = default);

    /// <summary>The SHA-1 thumbprint of a remote PSC's certificate, to pin in a spec.</summary>
    Task<string> GetRemotePscThumbprintAsync(string address, int? httpsPort = null, CancellationToken cancellationToken = default);

    /// <summary>The questions the configuration waits on (state QUESTION_RAISED).</summary>
    Task<QuestionInfo> GetQuestionsAsync(CancellationToken cancellationToken = default);

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
