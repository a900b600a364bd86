using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Update;

namespace VCRunbooks.VCenter.Client.Update;

/// <summary>Appliance patching (appliance.update): find, precheck, stage, validate, install, roll back; policy.</summary>
public interface IUpdateClient
{
    /// <summary>The update state, with the running or last operation as a task (<c>GET /api/appliance/update</c>).</summary>
    Task<UpdateInfo> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Cancels the running stage or install where the appliance allows it (<c>POST /api/appliance/update?action=cancel</c>).</summary>
    Task CancelAsync(CancellationToken cancellationToken = default);

    /// <summary>The updates available from <paramref name="source"/> (<c>GET /api/appliance/update/pending</c>); <paramref name="url"/> overrides the policy's repository. NOT_FOUND when the source is not found.</summary>
    Task<IReadOnlyList<UpdateSummary>> ListPendingAsync(UpdateSourceType source, string? url = null, CancellationToken cancellationToken = default);

    /// <summary>One pending update (<c>GET /api/appliance/update/pending/{version}</c>); NOT_FOUND when absent, ALREADY_IN_DESIRED_STATE when installed already.</summary>
    Task<PendingInfo> GetPendingAsync(string version, CancellationToken cancellationToken = default);

    /// <summary>Checks an update can be installed and lists the questions the install needs answered (<c>POST .../pending/{version}?action=precheck</c>).</summary>
    Task<PrecheckResult> PrecheckAsync(string version, CancellationToken cancellationToken = default);

    /// <summary>Starts downloading the update (<c>POST .../pending/{version}?action=stage</c>); a lost answer is recovered by reading the update state.</summary>
    Task StageAsync(string version, CancellationToken cancellationToken = default);

    /// <summary>Checks the answers to the precheck's questions (user data) without installing (<c>POST .../pending/{version}?action=validate</c>).</summary>
    Task<Notifications> ValidateAsync(string version, IReadOnlyDictionary<string, string> userData, CancellationToken cancellationToken = default);

    /// <summary>Installs a staged update (<c>POST .../pending/{version}?action=install</c>); user data answers the precheck's questions (its values are never logged).</summary>
    Task InstallAsync(string version, IReadOnlyDictionary<string, string> userData, CancellationToken cancellationToken = default);

    /// <summary>Stages and installs in one go (<c>POST .../pending/{version}?action=stage-and-install</c>); a lost answer is recovered by reading the update state.</summary>
    Task StageAndInstallAsync(string version, IReadOnlyDictionary<string, string> userData, CancellationToken cancellationToken = default);

    /// <summary>Rolls back a failed install to the snapshot taken before it (<c>POST /api/appliance/update/pending?action=rollback</c>; 8.0.2+, /api only). Not retried.</summary>
    Task RollbackAsync(CancellationToken cancellationToken = default);

    /// <summary>The staged update (<c>GET /api/appliance/update/staged</c>); fails when nothing is staged.</summary>
    Task<StagedInfo> GetStagedAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes the staged update (<c>DELETE /api/appliance/update/staged</c>).</summary>
    Task DeleteStagedAsync(CancellationToken cancellationToken = default);

    /// <summary>The update policy (<c>GET /api/appliance/update/policy</c>); the password is never returned.</summary>
    Task<PolicyInfo> GetPolicyAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces the update policy (<c>PUT /api/appliance/update/policy</c>); <see cref="ArgumentException"/> for a relative URL or a time outside 0–23:0–59.</summary>
    Task SetPolicyAsync(PolicyConfig policy, CancellationToken cancellationToken = default);

    /// <summary>Disk, time and services an update needs (<c>GET .../pending/{version}/requirements</c>, as the guide describes it; absent from the published spec, so a real appliance may answer 404).</summary>
    Task<UpdateRequirements> GetRequirementsAsync(string version, CancellationToken cancellationToken = default);

    /// <summary>Polls until no stage, install or rollback is in progress; throws when the install failed.</summary>
    Task<UpdateInfo> WaitAsync(WaitPolicy? policy = null, IProgress<UpdateInfo>? progress = null, CancellationToken cancellationToken = default);
}
