using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Update;

namespace VCRunbooks.Simulator.Update;

/// <summary>
/// Appliance updates (guide chapter 9): the repositories that offer versions, the last check, the staged update,
/// and the stage/install/rollback operations. An install restarts the appliance's services near its end.
/// </summary>
internal sealed partial class UpdateFeature : IApplianceFeature<UpdateFeature>
{
    /// <summary>The user_data key an install needs: the SSO administrator's password (guide chapter 9 examples).</summary>
    public const string VmdirPassword = "vmdir.password";

    private readonly Appliance _appliance;
    private readonly Dictionary<string, SortedSet<string>> _repositories = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, UpdateOperation> _tasks = new(StringComparer.Ordinal);

    private UpdateFeature(Appliance appliance)
    {
        _appliance = appliance;
        _repositories[""] = new SortedSet<string>(appliance.Spec.PendingUpdates, StringComparer.Ordinal);
        Policy = new UpdatePolicy(appliance.Version);
    }

    public static UpdateFeature Create(Appliance appliance) => new(appliance);

    public UpdatePolicy Policy { get; }
    public IReadOnlyList<string>? LastCheck { get; private set; }
    public DateTimeOffset? LatestQueryTime { get; private set; }
    public string? StagedVersion { get; private set; }
    public bool StagingComplete { get; private set; }
    public string? FailedVersion { get; private set; }
    public UpdateOperation? Current { get; private set; }

    public bool Installing => Current is { IsDone: false, Kind: UpdateOperationKind.Install or UpdateOperationKind.StageAndInstall };

    /// <summary>Offers <paramref name="version"/> in the default repository, or in the custom one at <paramref name="url"/>.</summary>
    public void Offer(string version, string? url)
    {
        var key = url ?? "";
        if (!_repositories.TryGetValue(key, out var versions))
        {
            _repositories[key] = versions = new SortedSet<string>(StringComparer.Ordinal);
        }
        versions.Add(version);
    }

    public UpdateOperation? Task(string id) => _tasks.GetValueOrDefault(id);

    public void Advance(DateTimeOffset now)
    {
        if (Current is not { IsDone: false } op)
        {
            return;
        }
        var elapsed = now - op.Start;
        if (op.Kind == UpdateOperationKind.StageAndInstall && elapsed >= UpdatePhase.StageDuration)
        {
            StagingComplete = true;
        }
        if (op.RestartWindow() is { } window && !op.RestartApplied && elapsed >= window.From && (op.FailAt is not { } early || early >= window.From))
        {
            // The services stop and start again; the reverse proxy refuses connections for the first minute.
            op.RestartApplied = true;
            _appliance.ServicesRestartingUntil = op.Start + window.To;
            var refuseUntil = op.Start + window.From + UpdatePhase.RefuseConnections;
            if (_appliance.Faults.RefuseConnectionsUntil is not { } existing || existing < refuseUntil)
            {
                _appliance.Faults.RefuseConnectionsUntil = refuseUntil;
            }
        }
        if (op.FailAt is { } failAt && elapsed >= failAt)
        {
            op.Elapsed = failAt;
            op.Fail(op.Start + failAt, new Notifications
            {
                Errors = [new Notification { Id = "com.vmware.appliance.update.install.failed", Time = op.Start + failAt, Message = LocalizableMessage.Of("com.vmware.appliance.update.install.failed", $"Installing update {op.Version} failed.", op.Version), Resolution = LocalizableMessage.Of("com.vmware.appliance.update.install.failed.resolution", "Roll back the update, then retry the install.") }],
            });
            FailedVersion = op.Version;
            return;
        }
        if (elapsed >= op.Duration)
        {
            Complete(op, op.Start + op.Duration);
            return;
        }
        op.Elapsed = elapsed;
    }

    public UpdateInfo Info()
    {
        var (state, version) = Current is { IsDone: false } op
            ? (op.Kind switch
            {
                UpdateOperationKind.Stage => UpdateState.StageInProgress,
                UpdateOperationKind.Rollback => UpdateState.RollbackInProgress,
                _ => UpdateState.InstallInProgress,
            }, op.Version)
            : FailedVersion is { } failed ? (UpdateState.InstallFailed, failed)
            : StagedVersion is { } staged ? (UpdateState.UpdatesPending, staged)
            : NewerInLastCheck().LastOrDefault() is { } pending ? (UpdateState.UpdatesPending, pending)
            : (UpdateState.UpToDate, _appliance.Version);
        return new UpdateInfo { State = state, Version = version, Task = Current?.ToInfo(), LatestQueryTime = LatestQueryTime };
    }

    public IReadOnlyList<UpdateSummary> Pending(UpdateSourceType source, string? url, DateTimeOffset now)
    {
        if (source == UpdateSourceType.LastCheck)
        {
            return [.. NewerInLastCheck().Select(UpdateCatalog.Summary)];
        }
        var found = new SortedSet<string>(StringComparer.Ordinal);
        if (StagedVersion is { } staged && StagingComplete)
        {
            found.Add(staged);
        }
        if (source == UpdateSourceType.LocalAndOnline)
        {
            var key = url ?? Policy.CustomUrl ?? "";
            if (!_repositories.TryGetValue(key, out var offered))
            {
                throw VapiException.NotFound("Update repository", key);
            }
            found.UnionWith(offered);
        }
        LastCheck = [.. found.Where(v => VersionCatalog.IsNewer(v, _appliance.Version)).OrderBy(v => v, VersionComparer)];
        LatestQueryTime = now;
        return [.. LastCheck.Select(UpdateCatalog.Summary)];
    }

    public PendingInfo PendingInfo(string version)
    {
        RequireApplicable(version);
        return UpdateCatalog.Pending(version, StagedVersion == version && StagingComplete);
    }

    private IEnumerable<string> NewerInLastCheck() =>
        (LastCheck ?? []).Where(v => VersionCatalog.IsNewer(v, _appliance.Version)).OrderBy(v => v, VersionComparer);

    private static readonly Comparer<string> VersionComparer =
        Comparer<string>.Create((a, b) => VersionCatalog.IsNewer(a, b) ? 1 : VersionCatalog.IsNewer(b, a) ? -1 : 0);

    /// <summary>The version must be offered somewhere (else 404) and newer than the installed one (else already in desired state).</summary>
    private void RequireApplicable(string version)
    {
        if (!_repositories.Values.Any(r => r.Contains(version)) && StagedVersion != version && version != _appliance.Version)
        {
            throw VapiException.NotFound("Update", version);
        }
        if (!VersionCatalog.IsNewer(version, _appliance.Version))
        {
            throw new VapiException(ErrorType.AlreadyInDesiredState, "com.vmware.appliance.update.already_installed",
                $"Version {version} is not newer than the installed version {_appliance.Version}.", version);
        }
    }

    private void RequireIdle()
    {
        if (_appliance.State != VCenter.Deployment.ApplianceState.Configured)
        {
            throw VapiException.NotAllowed("Updates apply to a configured appliance; finish stage 2 first.");
        }
        if (Current is { IsDone: false } op)
        {
            throw VapiException.NotAllowed($"Another update operation ({op.Kind} of {op.Version}) is in progress.");
        }
    }
}
