using VCRunbooks.Server.Cli;
using VCRunbooks.Server.Tests.Infrastructure;
using VCRunbooks.Testing.Network;

namespace VCRunbooks.Server.Tests.Cli;

/// <summary>
/// Ctrl+C (SIGINT) to a real server process, on the embedded default: the server, and the run verb while it follows a
/// waiting run, stop in order and print no warning, error or exception stack on the way out.
/// </summary>
public sealed class ShutdownTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private readonly TempDirectory _directory = new();
    private ChildProcess? _process;

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        _directory.Dispose();
    }

    [Fact]
    public async Task Server_CtrlC_StopsCleanlyWithExitCodeZero()
    {
        var port = LoopbackPort.Free();
        _process = ChildProcess.Start("VCRunbooks.Server.dll", [$"--urls=http://127.0.0.1:{port}", .. Arguments()]);
        await _process.LineAsync(l => l.Contains("VCRunbooks server is running", StringComparison.Ordinal)).WaitAsync(Patience);
        var before = _process.Lines.Count;

        var exitCode = await _process.InterruptAsync(Patience);

        Assert.True(exitCode == 0, $"exit code {exitCode}:{Environment.NewLine}{_process.Output}");
        AssertQuiet(_process.Lines.Skip(before));
    }

    [Fact]
    public async Task RunVerb_CtrlCWhileTheRunWaits_StopsCleanlyAndSaysTheRunGoesOn()
    {
        _process = ChildProcess.Start("VCRunbooks.Server.dll", ["run", "wait", "--input", "key=shutdown-test", .. Arguments()]);
        await _process.LineAsync(l => l.Contains("RunSuspended", StringComparison.Ordinal)).WaitAsync(Patience);
        var before = _process.Lines.Count;

        var exitCode = await _process.InterruptAsync(Patience);

        Assert.True(exitCode == RunCommand.Interrupted, $"exit code {exitCode}:{Environment.NewLine}{_process.Output}");
        var after = _process.Lines.Skip(before).ToList();
        Assert.Contains(after, l => l.StartsWith("interrupted:", StringComparison.Ordinal));
        AssertQuiet(after);
    }

    private string[] Arguments()
    {
        var runbooks = Path.Combine(_directory.Path, "runbooks");
        TestRunbooks.WriteTo(runbooks);
        return [$"--Server:DataPath={Path.Combine(_directory.Path, "data")}", $"--Server:RunbooksPath={runbooks}", "--EmbeddedSimulator:Port=0"];
    }

    private static void AssertQuiet(IEnumerable<string> lines)
    {
        var noisy = lines.Where(l => l.Contains(" WRN]", StringComparison.Ordinal) || l.Contains(" ERR]", StringComparison.Ordinal)
            || l.Contains(" FTL]", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal) || l.TrimStart().StartsWith("at ", StringComparison.Ordinal)).ToList();
        Assert.True(noisy.Count == 0, string.Join(Environment.NewLine, noisy));
    }
}
