namespace VCRunbooks.Server.Cli;

/// <summary>
/// The run verb: starts the server headless (embedded default unless configured otherwise), runs one runbook
/// against a target, prints progress, and exits with the outcome.
/// </summary>
internal static class RunCommand
{
    public static Task<int> ExecuteAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var arguments = RunCommandLine.Parse(args, out var error);
        if (error is not null)
        {
            output.WriteLine($"error: {error}");
            output.WriteLine(RunCommandLine.Usage);
            return Task.FromResult(2);
        }
        // Wired to the engine once it lands; until then say so plainly rather than pretend.
        output.WriteLine($"error: cannot run '{arguments.Runbook}': the runbook engine is not part of this build yet.");
        return Task.FromResult(1);
    }
}
