using System.Diagnostics;
using System.Text.RegularExpressions;

namespace VCRunbooks.Server.GitSync.Git;

/// <summary>
/// Runs the git command line: arguments as a list (no shell), no terminal prompts, English messages, and credentials
/// only through the environment a <see cref="GitCredentialSession"/> prepares, never in arguments.
/// </summary>
internal sealed partial class GitProcess(string gitPath, TimeSpan timeout)
{
    public async Task<GitResult> RunAsync(string? workingDirectory, IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment, byte[]? input, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(gitPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["LC_ALL"] = "C";
        // The server's own settings only: a system or user gitconfig (credential helpers, url rewrites) is not consulted.
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new GitCommandException($"git could not be started ({gitPath}).");
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        var output = new MemoryStream();
        var copyOut = process.StandardOutput.BaseStream.CopyToAsync(output, timer.Token);
        var readError = process.StandardError.ReadToEndAsync(timer.Token);
        try
        {
            if (input is not null)
            {
                await process.StandardInput.BaseStream.WriteAsync(input, timer.Token);
            }

            process.StandardInput.Close();
            await Task.WhenAll(copyOut, readError);
            await process.WaitForExitAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new GitCommandException($"git {Describe(args)} did not finish within {timeout}.");
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new GitResult(process.ExitCode, output.ToArray(), await readError);
    }

    /// <summary>Runs and throws <see cref="GitCommandException"/> naming the command and git's message when it fails.</summary>
    public async Task<GitResult> RunCheckedAsync(string? workingDirectory, IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment, byte[]? input, CancellationToken cancellationToken)
    {
        var result = await RunAsync(workingDirectory, args, environment, input, cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new GitCommandException($"git {Describe(args)} failed (exit {result.ExitCode}): {Scrub(result.Error.Trim())}");
        }

        return result;
    }

    /// <summary>The command's verb and options, without URLs (which may carry a user name or token).</summary>
    internal static string Describe(IReadOnlyList<string> args) =>
        string.Join(' ', args.Where(a => !a.Contains("://", StringComparison.Ordinal) && !a.Contains('@', StringComparison.Ordinal)).Take(4));

    /// <summary>Any user:password@ in a URL git echoes back, masked.</summary>
    internal static string Scrub(string text) => UserInfo().Replace(text, "://***@");

    [GeneratedRegex(@"://[^/@\s]+@")]
    private static partial Regex UserInfo();
}
