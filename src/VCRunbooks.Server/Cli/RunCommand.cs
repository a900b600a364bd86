using System.Text.Json.Nodes;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Server.Hosting;
using VCRunbooks.Server.Live;
using VCRunbooks.Server.Simulator;
using VCRunbooks.Server.Targets;

namespace VCRunbooks.Server.Cli;

/// <summary>
/// The run verb: starts the server headless (embedded default unless configured otherwise, on a free loopback
/// port), runs one runbook against a target, prints its events and journal as they happen, and exits with the outcome.
/// </summary>
internal static class RunCommand
{
    public const int Completed = 0, Failed = 1, BadArguments = 2;

    /// <summary>Ctrl+C (SIGINT) or SIGTERM while the run was followed: 128 + SIGINT, as shells report it.</summary>
    public const int Interrupted = 130;

    public static async Task<int> ExecuteAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var arguments = RunCommandLine.Parse(args, out var error);
        if (error is not null)
        {
            output.WriteLine($"error: {error}");
            output.WriteLine(RunCommandLine.Usage);
            return BadArguments;
        }
        // Quiet logs so the run's own progress is what the terminal shows; settings given on the command line win.
        var app = ServerApp.Build(["--urls=http://127.0.0.1:0", "--Log:MinimumLevel=Warning", .. arguments.HostArgs]);
        await app.StartAsync(cancellationToken);
        // Ctrl+C stops the host: stop following the run too, and shut down in order (engine, then sessions, then simulator).
        using var interrupted = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
        try
        {
            return await RunAsync(app.Services, arguments, output, interrupted.Token);
        }
        catch (OperationCanceledException) when (app.Lifetime.ApplicationStopping.IsCancellationRequested)
        {
            output.WriteLine("interrupted: the run stays where it was and goes on at the next start on this data folder.");
            return Interrupted;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }
    }

    private static async Task<int> RunAsync(IServiceProvider services, RunArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var engine = services.GetRequiredService<IRunbookEngine>();
        var definition = await engine.GetDefinitionAsync(arguments.Runbook, cancellationToken: cancellationToken);
        if (definition is null)
        {
            var known = (await engine.ListDefinitionsAsync(cancellationToken)).Select(d => d.Id).Distinct();
            output.WriteLine($"error: no published runbook '{arguments.Runbook}'; known: {string.Join(", ", known)}.");
            return BadArguments;
        }
        await using var scope = services.CreateAsyncScope();
        var target = await FindTargetAsync(scope.ServiceProvider.GetRequiredService<TargetStore>(), arguments, cancellationToken);
        if (arguments.Target is not null && target is null)
        {
            output.WriteLine($"error: no target named '{arguments.Target}'.");
            return BadArguments;
        }
        var inputs = new JsonObject();
        foreach (var (key, value) in arguments.Inputs)
        {
            inputs[key] = value;
        }
        if (target is not null && definition.Inputs.Any(i => i.Name == "target") && !inputs.ContainsKey("target"))
        {
            inputs["target"] = target.Name;
        }
        var demo = DemoFleet.Members.FirstOrDefault(m => m.TargetName == target?.Name && m.Serves(definition.Id));
        foreach (var (key, value) in demo?.DemoInputs ?? new Dictionary<string, string>())
        {
            inputs.TryAdd(key, JsonNode.Parse(value));
        }

        var hub = services.GetRequiredService<RunEventHub>();
        using var subscription = hub.Subscribe(null);
        RunSummary run;
        try
        {
            run = await engine.StartRunAsync(definition.Id, inputs, cancellationToken: cancellationToken);
        }
        catch (EngineRequestException ex)
        {
            output.WriteLine($"error: {ex.Message}");
            return BadArguments;
        }
        output.WriteLine($"run {run.Id}: {definition.Id} v{definition.Version}" + (target is null ? "" : $" on {target.Name} ({target.HostHeader ?? target.Address})"));
        var progress = new RunProgressPrinter(engine, output, run.Id);
        var final = await progress.FollowAsync(hub, subscription, cancellationToken);
        output.WriteLine($"run {run.Id}: {final.Status}" + (final.Error is null ? "" : $" — {final.Error}"));
        return final.Status == RunStatus.Completed ? Completed : Failed;
    }

    /// <summary>The named target, else the demo target meant for this runbook.</summary>
    private static async Task<Target?> FindTargetAsync(TargetStore targets, RunArguments arguments, CancellationToken cancellationToken)
    {
        if (arguments.Target is not null)
        {
            return await targets.FindAsync(arguments.Target, cancellationToken);
        }
        var demo = await targets.ListAsync(DemoFleet.RunbookTagPrefix + arguments.Runbook, cancellationToken);
        return demo.Count > 0 ? demo[0] : null;
    }
}
