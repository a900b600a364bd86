using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Update;

namespace VCRunbooks.VCenter.Client.Update;

/// <summary>Appliance patching (appliance.update): find, precheck, stage, validate, install, roll back; policy.</summary>
public interface IUpdateClient
{
    /// <summary>The update state, with the running or last operation as a task.</summary>
    Task<UpdateInfo> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Cancels the running stage or install where the appliance allows it.</summary>
    Task CancelAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UpdateSummary>> ListPendingAsync(UpdateSourceType source, string? url = null, CancellationToken cancellationToken = default);

    Task<PendingInfo> GetPendingAsync(string version, CancellationToken cancellationToken = default);

    Task<PrecheckResult> PrecheckAsync(string version, CancellationToken cancellationToken = default);

    /// <summary>Starts downloading the update; a lost answer is recovered by reading the update state.</summary>
    Task StageAsync(string version, CancellationToken cancellationToken = default);

    /// <summary>Checks the answers to the precheck's questions (user data) without installing.</summary>
    Task<Notifications> ValidateAsync(string version, IReadOnlyDictionary<string, string> userData, CancellationToken cancellationToken = default);

    /// <summary>Installs a staged update; user data answers the precheck's questions (its values are never logged).</summary>
    Task InstallAsync(string version, IReadOnlyDictionary<string, string> userData, CancellationToken cancellationToken = default);

    Task StageAndInstallAsync(string version, IReadOnlyDictionary<string, string> userData, CancellationToken cancellationToken = default);

    /// <summary>Rolls back a failed install to the snapshot taken before it (8.0.2+; /api only).</summary>
    Task RollbackAsync(CancellationToken cancellationToken = default);

    Task<StagedInfo> GetStagedAsync(CancellationToken cancellationToken = default);

    Task DeleteStagedAsync(CancellationToken cancellationToken = default);

    Task<PolicyInfo> GetPolicyAsync(CancellationToken cancellationToken = default);

    Task SetPolicyAsync(PolicyConfig policy, CancellationToken cancellationToken = default);

    /// <summary>Disk, time and services an update needs (as the guide describes it; absent from the published spec).</summary>
    Task<UpdateRequirements> GetRequirementsAsync(string version, CancellationToken cancellationToken = default);

    /// <summary>Polls until no stage, install or rollback is in progress; throws when the install failed.</summary>
    Task<UpdateInfo> WaitAsync(WaitPolicy? policy = null, IProgress<UpdateInfo>? progress = null, CancellationToken cancellationToken = default);
}
