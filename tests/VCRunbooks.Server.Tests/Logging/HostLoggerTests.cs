using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VCRunbooks.Server.Tests.Infrastructure;

// CA1873: the test logs a literal on purpose, to push one event through each host's pipeline.
#pragma warning disable CA1873

namespace VCRunbooks.Server.Tests.Logging;

/// <summary>Two servers in one process (tests, nodes side by side) each log to their own sinks.</summary>
public sealed class HostLoggerTests
{
    [Fact]
    public async Task TwoServersInOneProcess_EachLogsThroughItsOwnPipeline_NotTheOneBuiltLast()
    {
        await using var first = await TestServer.StartAsync();
        await using var second = await TestServer.StartAsync();

        var marker = Guid.NewGuid().ToString("N");
        first.Services.GetRequiredService<ILoggerFactory>().CreateLogger("HostLoggerTests").LogWarning("Only the first server logs {Marker}", marker);

        Assert.Contains(first.Logs.Events, e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(marker, StringComparison.Ordinal));
        Assert.DoesNotContain(second.Logs.Events, e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(marker, StringComparison.Ordinal));
    }
}
