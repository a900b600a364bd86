using Microsoft.Extensions.Logging;
using VCRunbooks.Activities.Common;
using VCRunbooks.Activities.Sessions;
using VCRunbooks.Activities.Targets;
using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Update;

namespace VCRunbooks.Activities.Update;

/// <summary>
/// Prechecks, validates, stages and starts installing one update (<c>/api/appliance/update/pending/{version}</c> with
/// <c>action=precheck</c>, <c>validate</c>, <c>stage</c>, <c>install</c>), each side effect at most once across crashes:
/// outcome Installing once the install started; WaitForJob Kind Update follows it. Precheck or validation errors fault the step.
/// </summary>
/// <remarks>
/// A small durable state machine in the step's state: precheck and validate, then a durable mark before staging,
/// polling the stage on engine timers, then a durable mark before installing. After each mark the resumed execution
/// reads the update state first and adopts a stage or install already under way, so a crash never stages or installs
/// twice. It completes once the install has started; WaitForJob (Kind Update) rides out the services restarting.
/// </remarks>
[Activity("vCenter Update", "Prechecks, stages, validates and starts installing an update, user data from secrets; once only, across crashes.", Traits = ActivityTraits.Suspends)]
[Outcomes("Installing")]
public sealed class StageAndInstall(IVCenterSessions sessions, ICredentialStore credentials) : VCenterActivity(sessions)
{
    /// <summary>The version to install, e.g. the Latest output of ListPendingUpdates.</summary>
    [Input(Required = true, Description = "The version to install, e.g. the Latest output of ListPendingUpdates.")]
    public string Version { get; set; } = string.Empty;

    /// <summary>The precheck questions' answers, data item to the name of the secret holding the answer; unlisted questions take their default, and one without a default faults the step.</summary>
    [Input(Description = "Answers to the precheck's questions: data item = name of the secret holding the answer; questions not listed take their default.")]
    public KeyValueMap UserData { get; set; } = KeyValueMap.Empty;

    /// <summary>The delay between polls while the update stages (durable timers).</summary>
    [Input(Description = "Delay between polls while staging.", Default = "00:00:30")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The minutes the precheck estimates for the install; null when it gave none.</summary>
    [Output(Description = "Minutes the precheck estimates for the install.")]
    public long? EstimatedMinutes { get; set; }

    /// <summary>True when a re-execution found the stage or install already under way and did not start it again.</summary>
    [Output(Description = "True when the stage or install was found from an earlier execution rather than started now.")]
    public bool Adopted { get; set; }

    /// <inheritdoc/>
    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, IVCenterClient client, CancellationToken cancellationToken)
    {
        var step = context.GetState<Step>();
        Adopted = step.Adopted;
        EstimatedMinutes = step.EstimatedMinutes;
        switch (step.Phase)
        {
            case null:
                var precheck = await client.Update.PrecheckAsync(Version, cancellationToken);
                Throw("The precheck", precheck.Issues);
                step = step with { EstimatedMinutes = precheck.EstimatedTimeToInstall };
                EstimatedMinutes = step.EstimatedMinutes;
                var userData = await UserDataAsync(precheck.Questions, cancellationToken);
                Throw("Validating the user data", await client.Update.ValidateAsync(Version, userData, cancellationToken));
                context.Logger.LogUpdateStep(Version, "precheck passed");
                return context.MarkThenContinue(step with { Phase = StepPhase.Stage });

            case StepPhase.Stage:
                var info = await client.Update.GetAsync(cancellationToken);
                if ((info.State == UpdateState.StageInProgress && info.Version == Version) || await IsStagedAsync(client, cancellationToken))
                {
                    step = Adopt(context, step);
                }
                else
                {
                    await client.Update.StageAsync(Version, cancellationToken);
                    context.Logger.LogUpdateStep(Version, "staging started");
                }

                context.SetState(step with { Phase = StepPhase.Staging });
                return context.SuspendFor(PollInterval);

            case StepPhase.Staging:
                if ((await client.Update.GetAsync(cancellationToken)).State == UpdateState.StageInProgress)
                {
                    return context.SuspendFor(PollInterval);
                }

                if (!await IsStagedAsync(client, cancellationToken))
                {
                    throw new InvalidOperationException($"Staging {Version} ended without a complete staged update.");
                }

                context.Logger.LogUpdateStep(Version, "staged");
                return context.MarkThenContinue(step with { Phase = StepPhase.Install });

            case StepPhase.Install:
                var now = await client.Update.GetAsync(cancellationToken);
                if (now.Version == Version && now.State is UpdateState.InstallInProgress or UpdateState.InstallFailed or UpdateState.UpToDate)
                {
                    context.SetState(Adopt(context, step));
                }
                else
                {
                    var precheckAgain = await client.Update.PrecheckAsync(Version, cancellationToken);
                    await client.Update.InstallAsync(Version, await UserDataAsync(precheckAgain.Questions, cancellationToken), cancellationToken);
                    context.Logger.LogUpdateStep(Version, "install started");
                }

                return ActivityResult.Complete("Installing");

            default:
                throw new InvalidOperationException($"Unknown phase '{step.Phase}' in the step's state.");
        }
    }

    private Step Adopt(ActivityContext context, Step step)
    {
        Adopted = true;
        context.Logger.LogUpdateStep(Version, "already under way from an earlier execution of this step; not starting again");
        return step with { Adopted = true };
    }

    /// <summary>Where the step is: null before the precheck passed, then each phase's mark is committed before its side effect.</summary>
    private enum StepPhase
    {
        Stage,
        Staging,
        Install,
    }

    /// <summary>The step's durable state (its JSON keys are those of runs started before it was typed: phase, adopted, estimatedMinutes).</summary>
    private sealed record Step
    {
        public StepPhase? Phase { get; init; }
        public bool Adopted { get; init; }
        public long? EstimatedMinutes { get; init; }
    }

    private async Task<bool> IsStagedAsync(IVCenterClient client, CancellationToken cancellationToken)
    {
        try
        {
            var staged = await client.Update.GetStagedAsync(cancellationToken);
            return staged.StagingComplete && staged.Version == Version;
        }
        catch (VCenterException ex) when (ex.ErrorType is ErrorType.NotFound or ErrorType.NotAllowedInCurrentState)
        {
            return false;
        }
    }

    private async Task<Dictionary<string, string>> UserDataAsync(IReadOnlyList<PrecheckQuestion> questions, CancellationToken cancellationToken)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            if (UserData.TryGetValue(question.DataItem, out var secret))
            {
                data[question.DataItem] = await credentials.RevealAsync(secret, cancellationToken)
                    ?? throw new InvalidOperationException($"UserData names the secret '{secret}' for {question.DataItem}, which does not exist.");
            }
            else
            {
                data[question.DataItem] = question.DefaultAnswer
                    ?? throw new InvalidOperationException($"The install asks '{question.Text}' ({question.DataItem}) and UserData has no answer for it.");
            }
        }

        return data;
    }

    private static void Throw(string what, Notifications? notes)
    {
        if (notes?.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"{what} found errors: {string.Join("; ", errors.Select(e => e.Message.DefaultMessage))}");
        }
    }
}
