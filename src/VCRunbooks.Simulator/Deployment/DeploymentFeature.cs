using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Auth;
using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Deployment;
using VCRunbooks.VCenter.Errors;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.Simulator.Deployment;

/// <summary>
/// Stage 2 of one appliance: the install/upgrade/migrate run that moves <see cref="Appliance.State"/> from
/// INITIALIZED through CONFIG_IN_PROGRESS (and QUESTION_RAISED) to CONFIGURED or FAILED, the machines it can
/// reach, and the deferred history import.
/// </summary>
internal sealed class DeploymentFeature : IApplianceFeature<DeploymentFeature>
{
    /// <summary>The version an upgrade or migration installs unless the control API says otherwise.</summary>
    public const string DefaultUpgradeTargetVersion = "8.0.2.00300";
    /// <summary>The source appliance every appliance can reach (root and SSO passwords VMware1!, version 7.0.3.01800).</summary>
    public const string DefaultSourceHostname = "vcsa-old.sim.local";

    private readonly Appliance _appliance;

    private DeploymentFeature(Appliance appliance)
    {
        _appliance = appliance;
        Sources[DefaultSourceHostname] = new UpgradeSource { Hostname = DefaultSourceHostname };
    }

    public static DeploymentFeature Create(Appliance appliance) => new(appliance);

    /// <summary>Machines stage 2 can reach: upgrade/migration sources and replication partners, by host name.</summary>
    public Dictionary<string, UpgradeSource> Sources { get; } = new(StringComparer.OrdinalIgnoreCase);
    public string UpgradeTargetVersion { get; set; } = DefaultUpgradeTargetVersion;
    public DeploymentRun? Run { get; private set; }
    public HistoryImport History { get; } = new();

    public void Advance(DateTimeOffset now)
    {
        History.Advance(now);
        if (Run is not { IsDone: false } run || _appliance.State != ApplianceState.ConfigInProgress)
        {
            return;
        }
        var target = run.Elapsed + (now - run.LastAdvanced);
        run.LastAdvanced = now;
        if (run.PrecheckFailure is { } failure && target >= run.Plan.PrecheckEnd)
        {
            run.Elapsed = run.Plan.PrecheckEnd;
            Fail(run, now - (target - run.Elapsed), failure);
            return;
        }
        if (run.PendingQuestion is { } question && target >= run.QuestionAt)
        {
            run.PendingQuestion = null;
            if (run.AutoAnswer)
            {
                run.Answers.Add((question.Id, question.DefaultAnswer));
            }
            else
            {
                run.Elapsed = run.QuestionAt;
                run.RaisedQuestion = question;
                _appliance.State = ApplianceState.QuestionRaised;
                return;
            }
        }
        run.Elapsed = target;
        if (target >= run.Plan.Duration)
        {
            Complete(run, now - (target - run.Plan.Duration));
        }
    }

    public void Start(DeploymentOperation operation, object spec, CheckInfo check, bool autoAnswer, Principal? user, DateTimeOffset now)
    {
        if (_appliance.State != ApplianceState.Initialized)
        {
            throw VapiException.NotAllowed($"The appliance is {StateName(_appliance.State)}; stage 2 starts only in INITIALIZED.");
        }
        var run = new DeploymentRun(operation, spec, autoAnswer, user?.Name, now)
        {
            PrecheckFailure = check.Status == CheckStatus.Failed ? check.Result : null,
        };
        // An upgrade always asks about the source's certificate; an install asks only when a fault says so.
        var faults = _appliance.Faults;
        var questionId = faults.RaiseQuestion ?? (operation == DeploymentOperation.Install ? null : QuestionCatalog.UpgradeCertificate);
        faults.RaiseQuestion = null;
        if (questionId is not null)
        {
            run.PendingQuestion = QuestionCatalog.Find(questionId);
            run.QuestionAt = run.Plan.Duration * Math.Clamp(faults.RaiseQuestionAtPercent, 0, 99) / 100.0;
        }
        Run = run;
        _appliance.State = ApplianceState.ConfigInProgress;
        _appliance.Ledger.Record(now, $"deployment.{operation.ToString().ToLowerInvariant()}.started", _appliance.Name, Describe(operation, spec));
    }

    public void Cancel(DeploymentOperation operation, DateTimeOffset now)
    {
        if (_appliance.State != ApplianceState.ConfigInProgress || Run is not { } run || run.Operation != operation)
        {
            throw VapiException.NotAllowed($"No {operation.ToString().ToLowerInvariant()} is in progress (the appliance is {StateName(_appliance.State)}).");
        }
        Fail(run, now, Failure("deployment.canceled", $"The {operation.ToString().ToLowerInvariant()} was canceled."));
    }

    public void Rollback()
    {
        if (_appliance.State != ApplianceState.Failed)
        {
            throw new VapiException(ErrorType.Unsupported, "com.vmware.vcenter.deployment.rollback.unsupported",
                $"Rollback is supported only in the FAILED state; the appliance is {StateName(_appliance.State)}.");
        }
        Run = null;
        _appliance.State = ApplianceState.Initialized;
    }

    public QuestionInfo Questions()
    {
        if (_appliance.State != ApplianceState.QuestionRaised || Run?.RaisedQuestion is not { } question)
        {
            throw VapiException.NotAllowed($"No question is raised; the appliance is {StateName(_appliance.State)}.");
        }
        return new QuestionInfo { Questions = [question] };
    }

    public void Answer(AnswerSpec answer, DateTimeOffset now)
    {
        var question = Questions().Questions[0];
        var run = Run!;
        if (!string.Equals(answer.QuestionId, question.Id, StringComparison.Ordinal))
        {
            throw VapiException.InvalidArgument("question_id", $"'{answer.QuestionId}' is not the raised question; it is '{question.Id}'.");
        }
        if (!question.PossibleAnswers.Contains(answer.AnswerVal, StringComparer.Ordinal))
        {
            throw VapiException.InvalidArgument("answer_val", $"'{answer.AnswerVal}' is not one of {string.Join(", ", question.PossibleAnswers)}.");
        }
        run.Answers.Add((question.Id, answer.AnswerVal));
        // An answer changes what the appliance does next (an abort fails it), so it is a side effect a test can count.
        _appliance.Ledger.Record(now, "deployment.question.answered", question.Id, answer.AnswerVal);
        run.RaisedQuestion = null;
        run.LastAdvanced = now;
        if (QuestionCatalog.Aborts(answer.AnswerVal))
        {
            Fail(run, now, Failure("deployment.question.aborted", $"The operation was stopped: question '{question.Id}' was answered {answer.AnswerVal}."));
            return;
        }
        _appliance.State = ApplianceState.ConfigInProgress;
    }

    /// <summary>
    /// The Info for the appliance's state. Without a stage-2 run it describes stage 1 (NOT_INITIALIZED, INITIALIZED),
    /// a configured appliance, or a restore (the only other thing that moves the state: the recovery family).
    /// </summary>
    public DeploymentInfo Info()
    {
        if (Run is { } run)
        {
            return run.ToInfo(_appliance.State);
        }
        var state = _appliance.State;
        var (operation, status, text) = state switch
        {
            ApplianceState.NotInitialized => ("DEPLOY", TaskStatus.Running, "Stage 1 of the deployment is in progress."),
            ApplianceState.Initialized => ("DEPLOY", TaskStatus.Succeeded, "Deploy the vCenter Server appliance (stage 1)."),
            ApplianceState.Configured => ("INSTALL", TaskStatus.Succeeded, "vCenter Server is configured."),
            ApplianceState.Failed => ("RESTORE", TaskStatus.Failed, "Restore vCenter Server."),
            ApplianceState.QuestionRaised => ("RESTORE", TaskStatus.Blocked, "Restore vCenter Server."),
            _ => ("RESTORE", TaskStatus.Running, "Restore vCenter Server."),
        };
        return new DeploymentInfo
        {
            State = state,
            Description = LocalizableMessage.Of("com.vmware.vcenter.deploy.task.description.op." + operation.ToLowerInvariant(), text),
            Service = "com.vmware.vcenter.deployment",
            Operation = operation,
            Status = status,
            Cancelable = false,
        };
    }

    /// <summary>The spec the given operation was started with (the module masks its passwords before answering).</summary>
    public T StartedSpec<T>(DeploymentOperation operation) where T : class =>
        Run is { Operation: var op, Spec: T spec } && op == operation
            ? spec
            : throw VapiException.NotAllowed($"No {operation.ToString().ToLowerInvariant()} has been started on this appliance.");

    public static string StateName(ApplianceState state) => System.Text.Json.JsonNamingPolicy.SnakeCaseUpper.ConvertName(state.ToString());

    private void Complete(DeploymentRun run, DateTimeOffset at)
    {
        run.Succeed(at);
        _appliance.State = ApplianceState.Configured;
        _appliance.InstallTime = at;
        switch (run.Spec)
        {
            case InstallSpec { VcsaEmbedded.Standalone: { } standalone }:
                // The new SSO domain's administrator gets the password the spec chose.
                _appliance.Users.Add(new UserAccount($"administrator@{standalone.SsoDomainName ?? "vsphere.local"}", standalone.SsoAdminPassword, Role.SuperAdmin, IsLocal: false));
                break;
            case UpgradeSpec upgrade:
                _appliance.Version = UpgradeTargetVersion;
                _appliance.Build = VersionCatalog.Find(UpgradeTargetVersion).Build;
                _appliance.Users.Add(new UserAccount(upgrade.SourceAppliance.SsoAdminUsername, upgrade.SourceAppliance.SsoAdminPassword, Role.SuperAdmin, IsLocal: false));
                StartDeferredImport(upgrade.History, at);
                break;
            case MigrateSpec migrate:
                _appliance.Version = UpgradeTargetVersion;
                _appliance.Build = VersionCatalog.Find(UpgradeTargetVersion).Build;
                StartDeferredImport(migrate.History, at);
                break;
        }
    }

    // With defer_import the history import starts by itself once the appliance runs (guide, "Deferred Import").
    private void StartDeferredImport(HistoryMigrationSpec? history, DateTimeOffset at)
    {
        if (history is { DeferImport: true })
        {
            History.Start(null, at);
            _appliance.Ledger.Record(at, "history.import.started", _appliance.Name, "deferred");
        }
    }

    private void Fail(DeploymentRun run, DateTimeOffset at, Notifications failure)
    {
        run.Fail(at, failure);
        _appliance.State = ApplianceState.Failed;
    }

    private static Notifications Failure(string id, string text) =>
        new() { Errors = [new Notification { Id = id, Message = LocalizableMessage.Of(id, text) }] };

    private static string Describe(DeploymentOperation operation, object spec) => spec switch
    {
        UpgradeSpec upgrade => $"from {upgrade.SourceAppliance.Hostname}",
        MigrateSpec migrate => $"from {migrate.SourceVcWindows.Hostname}",
        InstallSpec install => install.VcsaEmbedded.Replicated is { } r ? $"replicating {r.PartnerHostname}" : "standalone",
        _ => operation.ToString(),
    };
}
