namespace VCRunbooks.Server.Cli;

/// <summary>Parses the run verb's arguments; anything it does not know is passed on to the host as configuration.</summary>
internal static class RunCommandLine
{
    public const string Usage =
        """
        Usage: VCRunbooks.Server run <runbook> [--target NAME] [--input key=value]... [--Section:Key=value]...
          <runbook>         name of a runbook in the runbooks folder, e.g. patching
          --target NAME     target to run against; default: the demo appliance meant for this runbook
          --input k=v       a runbook input; repeat for several
          --Section:Key=v   any server setting, e.g. --Server:DataPath=/tmp/data
        Exit codes: 0 completed, 1 the run failed or was cancelled, 2 bad arguments.
        """;

    public static RunArguments Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        string? runbook = null, target = null;
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        var hostArgs = new List<string>();
        for (var i = 0; i < args.Count && error is null; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--target" or "-t":
                    target = Value(args, ref i, arg, ref error);
                    break;
                case "--input" or "-i":
                    var pair = Value(args, ref i, arg, ref error);
                    if (pair is not null)
                    {
                        var eq = pair.IndexOf('=', StringComparison.Ordinal);
                        if (eq <= 0)
                        {
                            error = $"--input '{pair}' must be key=value.";
                        }
                        else if (!inputs.TryAdd(pair[..eq], pair[(eq + 1)..]))
                        {
                            error = $"--input '{pair[..eq]}' is given twice.";
                        }
                    }
                    break;
                case var _ when arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':', StringComparison.Ordinal):
                    hostArgs.Add(arg);
                    break;
                case var _ when arg.StartsWith('-'):
                    error = $"unknown option '{arg}'.";
                    break;
                default:
                    if (runbook is not null)
                    {
                        error = $"only one runbook may be named; got '{runbook}' and '{arg}'.";
                    }
                    runbook = arg;
                    break;
            }
        }
        if (error is null && runbook is null)
        {
            error = "name the runbook to run, e.g. 'run patching'.";
        }
        return new RunArguments(runbook ?? "", target, inputs, hostArgs);
    }

    private static string? Value(IReadOnlyList<string> args, ref int i, string option, ref string? error)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            error = $"{option} needs a value.";
            return null;
        }
        return args[++i];
    }
}
