using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Events;

/// <summary>Engine:PendingEventLifetime reaches the engine; the services are built, not started.</summary>
public sealed class PendingEventSettingsTests
{
    [Fact]
    public async Task Build_PendingEventLifetimeConfigured_ReachesTheEngine()
    {
        using var data = new TempDirectory();
        await using var app = UnstartedServer.Build(data, "--Engine:PendingEventLifetime=00:10:00");

        Assert.Equal(TimeSpan.FromMinutes(10), app.Services.GetRequiredService<EngineOptions>().PendingEventLifetime);
    }

    [Fact]
    public void Build_PendingEventLifetimeAboveThirtyDays_FailsNamingTheSetting()
    {
        using var data = new TempDirectory();

        var error = Assert.Throws<ValidationException>(() => UnstartedServer.Build(data, "--Engine:PendingEventLifetime=31.00:00:00"));

        Assert.Contains("Engine:PendingEventLifetime", error.Message, StringComparison.Ordinal);
    }
}
