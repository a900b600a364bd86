using VCRunbooks.Activities.Common;
using VCRunbooks.Activities.Sessions;
using VCRunbooks.Engine.Activities;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.SupportBundle;

namespace VCRunbooks.Activities.Diagnostics;

/// <summary>Starts a support bundle (<c>POST /api/appliance/support-bundle</c>, a cis task). Outcome: Done, with the task id for WaitForJob Kind Task.</summary>
/// <remarks>
/// Keeps the task id in the step's state, so a re-execution after the bundle was requested and committed does not
/// ask again; a crash in between may leave one extra bundle, which costs disk space and nothing else.
/// </remarks>
[Activity("vCenter", "Starts a support bundle (the diagnostics a failed run leaves behind); outputs its task id for WaitForJob.")]
public sealed class CreateSupportBundle(IVCenterSessions sessions) : VCenterActivity(sessions)
{
    /// <summary>Why the bundle is made; the step key is appended so it names the run.</summary>
    [Input(Description = "Why the bundle is made; the run's key is appended.", Default = "Collected by a runbook")]
    public string Description { get; set; } = "Collected by a runbook";

    /// <summary>The cis task that creates the bundle.</summary>
    [Output(Description = "The cis task creating the bundle.")]
    public string? TaskId { get; set; }

    /// <inheritdoc/>
    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, IVCenterClient client, CancellationToken cancellationToken)
    {
        TaskId = context.GetState<Step>().TaskId
            ?? await client.SupportBundle.CreateAsync(new SupportBundleCreateSpec { Description = $"{Description} [vcrunbooks {context.StepKey}]" }, cancellationToken);
        context.SetState(new Step { TaskId = TaskId });
        return ActivityResult.Done;
    }

    /// <summary>The step's durable state: the task that makes the bundle.</summary>
    private sealed record Step
    {
        public string? TaskId { get; init; }
    }
}
