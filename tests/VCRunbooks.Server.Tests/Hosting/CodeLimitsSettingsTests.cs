using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Hosting;

/// <summary>Engine:CodeTimeLimit and Engine:CodeMemoryLimitMb reach the engine's code guard; the services are built, not started.</summary>
public sealed class CodeLimitsSettingsTests
{
    [Fact]
    public async Task Build_CodeLimitsConfigured_ReachTheEngine()
    {
        using var data = new TempDirectory();
        await using var app = UnstartedServer.Build(data, "--Engine:CodeTimeLimit=00:00:00.250", "--Engine:CodeMemoryLimitMb=16");

        var limits = app.Services.GetRequiredService<EngineOptions>().CodeLimits;
        Assert.Equal((TimeSpan.FromMilliseconds(250), 16L * 1024 * 1024), (limits.Time, limits.MemoryBytes));
    }

    [Fact]
    public void Build_CodeTimeLimitOfAnHourAndMore_FailsNamingTheSetting()
    {
        using var data = new TempDirectory();

        var error = Assert.Throws<ValidationException>(() => UnstartedServer.Build(data, "--Engine:CodeTimeLimit=02:00:00"));

        Assert.Contains("Engine:CodeTimeLimit", error.Message, StringComparison.Ordinal);
    }
}
