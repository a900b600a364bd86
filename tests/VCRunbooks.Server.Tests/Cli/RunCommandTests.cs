using VCRunbooks.Server.Cli;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Cli;

/// <summary>The run verb end to end: a real host on a loopback port, the engine, live progress, the exit code.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();

    private string[] Args(params string[] args)
    {
        var runbooks = Path.Combine(_data.Path, "runbooks");
        TestRunbooks.WriteTo(runbooks);
        return [.. args, $"--Server:DataPath={_data.Path}", $"--Server:RunbooksPath={runbooks}", "--EmbeddedSimulator:Port=0"];
    }

    [Fact]
    public async Task Run_CompletingRunbook_PrintsProgressAndExitsZero()
    {
        var output = new StringWriter();

        var exit = await RunCommand.ExecuteAsync(Args("hello"), output, CancellationToken.None);

        Assert.Equal(RunCommand.Completed, exit);
        Assert.Contains("hello from a run", output.ToString(), StringComparison.Ordinal);
        Assert.Contains(": Completed", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_FailingRunbook_PrintsTheFaultAndExitsOne()
    {
        var output = new StringWriter();

        var exit = await RunCommand.ExecuteAsync(Args("fail"), output, CancellationToken.None);

        Assert.Equal(RunCommand.Failed, exit);
        Assert.Contains("Faulted — failing on purpose", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-runbook", null, "no published runbook 'no-such-runbook'")]
    [InlineData("hello", "no-such-target", "no target named 'no-such-target'")]
    public async Task Run_UnknownRunbookOrTarget_ExitsTwoNamingIt(string runbook, string? target, string expected)
    {
        var output = new StringWriter();

        var exit = await RunCommand.ExecuteAsync(Args(target is null ? [runbook] : [runbook, "--target", target]), output, CancellationToken.None);

        Assert.Equal(RunCommand.BadArguments, exit);
        Assert.Contains(expected, output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
