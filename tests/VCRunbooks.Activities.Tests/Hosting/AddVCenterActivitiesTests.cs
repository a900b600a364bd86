using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine;
using VCRunbooks.Simulator.Clock;
using VCRunbooks.VCenter.Client;

namespace VCRunbooks.Activities.Tests.Hosting;

public sealed class AddVCenterActivitiesTests
{
    [Fact]
    public void AddVCenterActivities_EngineTimeProvider_IsTheClientsClock()
    {
        using var clock = new VirtualClock(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero), factor: 0);
        var services = new ServiceCollection();
        services.AddRunbookEngine(o =>
        {
            o.StartWorkers = false;
            o.TimeProvider = clock;
        }).AddVCenterActivities();

        using var provider = services.BuildServiceProvider();

        Assert.Same(clock, provider.GetRequiredService<VCenterClientOptions>().TimeProvider);
    }
}
