using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Update;

namespace VCRunbooks.Simulator.Update;

/// <summary>The operations that change the update state: precheck, stage, validate, install, cancel, rollback.</summary>
internal sealed partial class UpdateFeature
{
    public PrecheckResult Precheck(string version, DateTimeOffset now)
    {
        RequireApplicable(version);
        RequireIdle();
        return new PrecheckResult
        {
            CheckTime = now,
            EstimatedTimeToInstall = (long)UpdatePhase.InstallDuration.TotalMinutes,
            EstimatedTimeToRollback = (long)UpdatePhase.RollbackDuration.TotalMinutes,
            RebootRequired = true,
            Issues = new Notifications
            {
                Info = [new Notification { Id = "com.vmware.appliance.update.precheck.backup", Time = now, Message = LocalizableMessage.Of("com.vmware.appliance.update.precheck.backup", "Take a backup or snapshot of the appliance before installing the update.") }],
            },
            Questions =
            [
                new PrecheckQuestion
                {
                    DataItem = VmdirPassword,
                    Text = LocalizableMessage.Of("com.vmware.appliance.update.question.vmdir.password", "Single Sign-On administrator password"),
                    Description = LocalizableMessage.Of("com.vmware.appliance.update.question.vmdir.password.description", "The password of the SSO administrator, needed to update the directory service."),
                    Type = QuestionInputType.Password,
                },
            ],
        };
    }

    public void Stage(string version, string? user, DateTimeOffset now)
    {
        RequireApplicable(version);
        RequireIdle();
        RequireChecked(version);
        if (StagedVersion == version && StagingComplete)
        {
            throw new VapiException(ErrorType.AlreadyInDesiredState, "com.vmware.appliance.update.already_staged", $"Version {version} is already staged.", version);
        }
        Begin(new UpdateOperation(UpdateOperationKind.Stage, version, user, now), now);
        StagedVersion = version;
        StagingComplete = false;
        _appliance.Ledger.Record(now, "update.stage.started", UpdateOperation.IdOf(UpdateOperationKind.Stage), version);
    }

    /// <summary>Checks the install answers: notifications, errors for missing or wrong values.</summary>
    public Notifications Validate(string version, IReadOnlyDictionary<string, string> userData, DateTimeOffset now)
    {
        RequireApplicable(version);
        return UserDataProblem(userData) is { } problem
            ? new Notifications { Errors = [new Notification { Id = "com.vmware.appliance.update.validate.user_data", Time = now, Message = LocalizableMessage.Of("com.vmware.appliance.update.validate.user_data", $"user_data.{VmdirPassword}: {problem}", VmdirPassword) }] }
            : new Notifications { Info = [new Notification { Id = "com.vmware.appliance.update.validate.ok", Time = now, Message = LocalizableMessage.Of("com.vmware.appliance.update.validate.ok", $"Update {version} can be installed.") }] };
    }

    public void Install(string version, IReadOnlyDictionary<string, string> userData, string? user, DateTimeOffset now)
    {
        RequireApplicable(version);
        RequireIdle();
        if (StagedVersion != version || !StagingComplete)
        {
            throw VapiException.NotAllowed($"Version {version} is not staged; stage it before installing.");
        }
        RequireUserData(userData);
        StartInstall(UpdateOperationKind.Install, version, user, now);
    }

    public void StageAndInstall(string version, IReadOnlyDictionary<string, string> userData, string? user, DateTimeOffset now)
    {
        RequireApplicable(version);
        RequireIdle();
        RequireChecked(version);
        RequireUserData(userData);
        StagedVersion = version;
        StagingComplete = false;
        _appliance.Ledger.Record(now, "update.stage.started", UpdateOperation.IdOf(UpdateOperationKind.StageAndInstall), version);
        StartInstall(UpdateOperationKind.StageAndInstall, version, user, now);
    }

    public void Cancel(DateTimeOffset now)
    {
        if (Current is not { IsDone: false, Kind: UpdateOperationKind.Stage } op)
        {
            throw VapiException.NotAllowed("Only a staging in progress can be canceled.");
        }
        op.Fail(now, new Notifications { Errors = [new Notification { Id = "com.vmware.appliance.update.canceled", Time = now, Message = LocalizableMessage.Of("com.vmware.appliance.update.canceled", "Staging was canceled.") }] });
        StagedVersion = null;
        StagingComplete = false;
    }

    public void Rollback(string? user, DateTimeOffset now)
    {
        RequireIdle();
        if (FailedVersion is not { } failed)
        {
            throw VapiException.NotFound("Rollback snapshot", _appliance.Version);
        }
        Begin(new UpdateOperation(UpdateOperationKind.Rollback, failed, user, now), now);
    }

    public StagedInfo Staged() => StagedVersion is { } version
        ? UpdateCatalog.Staged(version, StagingComplete)
        : throw VapiException.NotAllowed("No update is staged.");

    public void DeleteStaged()
    {
        if (Current is { IsDone: false } op)
        {
            // The spec gives this operation no 400: a delete that cannot run is a generic error.
            throw new VapiException(ErrorType.Error, "com.vmware.appliance.update.staged.busy", $"The staged update cannot be deleted while {op.Kind} is in progress.");
        }
        StagedVersion = null;
        StagingComplete = false;
    }

    private void StartInstall(UpdateOperationKind kind, string version, string? user, DateTimeOffset now)
    {
        var faults = _appliance.Faults;
        TimeSpan? failAt = null;
        if (faults.FailNextInstallAtPercent is { } percent)
        {
            var stage = kind == UpdateOperationKind.StageAndInstall ? UpdatePhase.StageDuration : TimeSpan.Zero;
            failAt = stage + UpdatePhase.InstallDuration * Math.Clamp(percent, 0, 100) / 100.0;
            faults.FailNextInstallAtPercent = null;
        }
        FailedVersion = null;
        Begin(new UpdateOperation(kind, version, user, now) { FailAt = failAt }, now);
        _appliance.Ledger.Record(now, "update.install.started", UpdateOperation.IdOf(kind), version);
    }

    private void Begin(UpdateOperation operation, DateTimeOffset now)
    {
        Current = operation;
        _tasks[operation.TaskId] = operation;
        Advance(now);
    }

    private void Complete(UpdateOperation op, DateTimeOffset at)
    {
        op.Succeed(at);
        switch (op.Kind)
        {
            case UpdateOperationKind.Stage:
                StagingComplete = true;
                break;
            case UpdateOperationKind.Rollback:
                FailedVersion = null;
                break;
            default:
                _appliance.Version = op.Version;
                _appliance.Build = VersionCatalog.Find(op.Version).Build;
                _appliance.InstallTime = at;
                StagedVersion = null;
                StagingComplete = false;
                FailedVersion = null;
                break;
        }
    }

    // The guide: "The check phase must have completed successfully before you can stage the update."
    private void RequireChecked(string version)
    {
        if (LastCheck is null || !LastCheck.Contains(version))
        {
            throw VapiException.NotAllowed($"Version {version} was not found by the last check; check for updates (pending list) first.");
        }
    }

    private void RequireUserData(IReadOnlyDictionary<string, string> userData)
    {
        if (UserDataProblem(userData) is { } problem)
        {
            throw VapiException.InvalidArgument($"user_data.{VmdirPassword}", problem);
        }
    }

    private string? UserDataProblem(IReadOnlyDictionary<string, string> userData) =>
        !userData.TryGetValue(VmdirPassword, out var password) || string.IsNullOrEmpty(password)
            ? "the SSO administrator password is required (precheck question vmdir.password)."
            : _appliance.Users.AuthenticateSso(_appliance.Spec.SsoUser, password) is null
                ? "the SSO administrator password is not correct."
                : null;
}
