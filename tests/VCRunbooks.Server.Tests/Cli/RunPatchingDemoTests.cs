using VCRunbooks.Server.Cli;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Cli;

/// <summary>
/// The README's promise: <c>run patching</c> with no target patches the embedded demo appliance. Uses the repository's
/// runbooks/ folder and the real activities; slow (about 90 s) because the runbook polls jobs on real-time timers.
/// </summary>
public sealed class RunPatchingDemoTests : IDisposable
{
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task RunPatching_NoTarget_PatchesTheDemoApplianceAndExitsZero()
    {
        var output = new StringWriter();

        var exit = await RunCommand.ExecuteAsync(["patching", $"--Server:DataPath={_data.Path}", "--EmbeddedSimulator:Port=0"], output, CancellationToken.None);

        Assert.True(exit == RunCommand.Completed, output.ToString());
        Assert.Contains("on demo-patch (vcsa-patch.demo.local)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("8.0.2.00200", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
