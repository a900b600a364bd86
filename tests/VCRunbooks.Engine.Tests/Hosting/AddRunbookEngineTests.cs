using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace VCRunbooks.Engine.Tests.Hosting;

public sealed class AddRunbookEngineTests
{
    [Fact]
    public void AddRunbookEngine_ZeroWorkers_IsRejectedNamingTheSetting()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCollection().AddRunbookEngine(o => o.Workers = 0));

        Assert.Equal("Workers", ex.ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(31 * 24 * 60)]
    public void AddRunbookEngine_PendingEventLifetimeOutOfRange_IsRejectedNamingTheSetting(int minutes)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCollection().AddRunbookEngine(o => o.PendingEventLifetime = TimeSpan.FromMinutes(minutes)));

        Assert.Equal("PendingEventLifetime", ex.ParamName);
        Assert.Contains("between zero", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("runs.db", "Data Source=runs.db")]
    [InlineData("Data Source=/tmp/x.db;Cache=Shared", "Data Source=/tmp/x.db;Cache=Shared")]
    public void UseSqlite_PathOrConnectionString_BecomesAConnectionString(string given, string expected)
    {
        var options = new EngineOptions().UseSqlite(given);

        Assert.Equal(expected, options.ConnectionString);
    }

    [Fact]
    public void AddRunbookEngine_ClockLeftUnset_IsTheTimeProviderInDIEvenWhenRegisteredAfter()
    {
        var clock = new FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddRunbookEngine(o => o.StartWorkers = false);
        services.AddSingleton<TimeProvider>(clock);

        using var provider = services.BuildServiceProvider();

        Assert.Same(clock, provider.GetRequiredService<EngineOptions>().TimeProvider);
    }

    [Fact]
    public void AddRunbookEngine_ClockSetInOptions_WinsOverDI()
    {
        var mine = new FakeTimeProvider();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(new FakeTimeProvider());
        services.AddRunbookEngine(o => o.TimeProvider = mine);

        using var provider = services.BuildServiceProvider();

        Assert.Same(mine, provider.GetRequiredService<EngineOptions>().TimeProvider);
    }

    [Fact]
    public void AddRunbookEngine_NoClockAnywhere_IsTheSystemClock()
    {
        using var provider = new ServiceCollection().AddRunbookEngine().Services.BuildServiceProvider();

        Assert.Same(TimeProvider.System, provider.GetRequiredService<EngineOptions>().TimeProvider);
    }
}
