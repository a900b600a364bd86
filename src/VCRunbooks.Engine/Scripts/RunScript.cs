using Microsoft.Extensions.Logging;
using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine.Scripts;

/// <summary>
/// The one step of a script runbook's plan: runs (replays, then continues) the version's compiled script. Not in the
/// catalog: a flowchart cannot use it, a script's definition gets it from the validator.
/// </summary>
[Activity("Flow", "Runs a C# script runbook, durable by replay.", TypeName = TypeName, Traits = ActivityTraits.Suspends)]
internal sealed class RunScript(RunServices services, ILogger<RunScript> logger) : Activity
{
    public const string TypeName = "Script";

    public const string StepId = "script";

    public static ActivityDescriptor Descriptor { get; } = ActivityDescriber.Describe(typeof(RunScript));

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var script = context.Session.Plan.Script
            ?? throw new InvalidOperationException($"Runbook '{context.Session.Plan.Definition.Id}' is not a script runbook.");
        var execution = new ScriptExecution(context.Session, context.Token, script.Compiled, script.Api, new ScriptCallRunner(services),
            services.Options.ScriptLimits, logger, context.CancellationToken);
        return await execution.RunAsync(context.Resumptions);
    }
}
