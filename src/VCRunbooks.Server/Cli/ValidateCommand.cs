using VCRunbooks.Activities;
using VCRunbooks.Engine;
using VCRunbooks.Server.RunbookFiles;

namespace VCRunbooks.Server.Cli;

/// <summary>
/// The validate verb, for runbook repositories' own CI: checks every runbook file of a folder offline (the activity
/// catalog and the validator only; no server, database or network), prints each error as file:line:col: message and
/// one summary line, and exits 0 when every file is valid, 1 otherwise.
/// </summary>
internal static class ValidateCommand
{
    public const int Valid = 0, Invalid = 1, BadArguments = 2;

    public const string Usage =
        """
        Usage: VCRunbooks.Server validate <folder-or-file>
          Checks every runbook file (JSON runbooks; files of kinds this build does not know are listed as skipped).
        Exit codes: 0 all valid, 1 any error, 2 bad arguments.
        """;

    public static async Task<int> ExecuteAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        if (args.Count != 1 || args[0].StartsWith('-'))
        {
            output.WriteLine(args.Count == 0 ? "error: name the folder to validate, e.g. 'validate runbooks'." : $"error: validate takes one folder or file; got {string.Join(" ", args)}.");
            output.WriteLine(Usage);
            return BadArguments;
        }

        var (root, paths, single) = Resolve(args[0]);
        if (paths is null)
        {
            output.WriteLine($"error: '{args[0]}' is neither a folder nor a file.");
            return BadArguments;
        }

        await using var services = OfflineServices();
        var kinds = services.GetRequiredService<RunbookFileKinds>();
        var files = new List<RunbookFile>();
        foreach (var path in paths)
        {
            files.Add(new RunbookFile(path, await File.ReadAllTextAsync(Path.Combine(root, path), cancellationToken)));
        }

        var report = RunbookFolderCheck.Run(kinds, files);
        var shown = args[0].TrimEnd('/', Path.DirectorySeparatorChar);
        string Name(string path) => single ? args[0] : $"{shown}/{path}";
        foreach (var error in report.Errors)
        {
            output.WriteLine((error with { File = Name(error.File) }).ToString());
        }

        foreach (var skipped in report.Skipped)
        {
            output.WriteLine($"{Name(skipped)}: {RunbookFileKinds.Skipped(skipped)}");
        }

        output.WriteLine(report.Summary());
        return report.Errors.Count == 0 ? Valid : Invalid;
    }

    /// <summary>The engine's validator and activity catalog with the file kinds: built, never started, so nothing opens a database.</summary>
    private static ServiceProvider OfflineServices()
    {
        var services = new ServiceCollection();
        services.AddRunbookEngine().AddVCenterActivities();
        services.AddRunbookFileKinds();
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// A relative folder is the caller's: <c>dotnet run --project</c> starts the server in the project folder, but the
    /// shell's PWD, which the process inherits, still names the folder the command was typed in.
    /// </summary>
    private static (string Root, IReadOnlyList<string>? Paths, bool SingleFile) Resolve(string argument)
    {
        var caller = Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd) ? pwd : Directory.GetCurrentDirectory();
        var full = Path.GetFullPath(argument, caller);
        if (Directory.Exists(full))
        {
            return (full, RunbookFolder.Files(full), false);
        }

        return File.Exists(full) ? (Path.GetDirectoryName(full)!, [Path.GetFileName(full)], true) : (full, null, false);
    }
}
