using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Health;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Health;
using VCRunbooks.VCenter.Monitoring;
using VCRunbooks.VCenter.Services;
using VCRunbooks.VCenter.Tests.Infrastructure;

namespace VCRunbooks.VCenter.Tests.ApplianceFamilies;

/// <summary>Health, monitoring, services and system version/shutdown, in both API forms.</summary>
public sealed class ApplianceFamiliesTests(ClientFixture sim) : IClassFixture<ClientFixture>
{
    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task Health_FreshAppliance_ReportsLevelsMessagesAndSettings(ApiFlavor flavor)
    {
        await using var client = sim.Client(sim.NewAppliance(), flavor);

        var system = await client.Health.GetSystemAsync();
        var storage = await client.Health.GetLevelAsync(HealthItem.Storage);
        var applmgmt = await client.Health.GetApplmgmtAsync();
        var database = await client.Health.GetDatabaseAsync();
        var messages = await client.Health.GetMessagesAsync("storage");
        await client.Health.UpdateSettingsAsync(new HealthCheckSettingsUpdate { DbHealthCheckStateManualBackup = false });
        var settings = await client.Health.GetSettingsAsync();

        Assert.True(Enum.IsDefined(system));
        Assert.True(Enum.IsDefined(storage));
        Assert.False(string.IsNullOrEmpty(applmgmt));
        Assert.True(Enum.IsDefined(database.Status));
        Assert.NotNull(messages);
        Assert.False(settings.DbHealthCheckStateManualBackup);
        Assert.True(await client.Health.GetLastCheckAsync() > DateTimeOffset.MinValue);
    }

    [Fact]
    public async Task Health_UnknownItemMessages_ThrowsNotFound()
    {
        await using var client = sim.Client(sim.NewAppliance());

        var ex = await Assert.ThrowsAsync<VCenterException>(() => client.Health.GetMessagesAsync("no-such-item"));

        Assert.Equal(ErrorType.NotFound, ex.ErrorType);
    }

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task Monitoring_QueryLastHour_ReturnsOneValuePerFiveMinutes(ApiFlavor flavor)
    {
        await using var client = sim.Client(sim.NewAppliance(), flavor);
        var end = sim.Host.Clock.GetUtcNow();

        var items = await client.Monitoring.ListAsync();
        var cpu = await client.Monitoring.GetAsync("cpu.util");
        var data = await client.Monitoring.QueryAsync(["cpu.util", "mem.usage"], IntervalType.Minutes5, FunctionType.Avg, end.AddHours(-1), end);

        Assert.Contains(items, i => i.Id == "mem.usage");
        Assert.Equal("cpu.util", cpu.Id);
        Assert.Equal(["cpu.util", "mem.usage"], data.Select(d => d.Name));
        Assert.InRange(data[0].Data.Count, 12, 13);
    }

    [Fact]
    public async Task Monitoring_EndBeforeStart_ThrowsNamingEnd()
    {
        await using var client = sim.Client(sim.NewAppliance());
        var now = sim.Host.Clock.GetUtcNow();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.Monitoring.QueryAsync(["cpu.util"], IntervalType.Minutes5, FunctionType.Avg, now, now.AddHours(-1)));

        Assert.Equal("end", ex.ParamName);
    }

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task Services_StopStartAndStartupType_AreReadBack(ApiFlavor flavor)
    {
        await using var client = sim.Client(sim.NewAppliance(), flavor);

        var appliance = await client.Services.ListApplianceAsync();
        var vcenter = await client.Services.ListVCenterAsync();
        var id = vcenter.Keys.Order(StringComparer.Ordinal).First();
        await client.Services.StopVCenterAsync(id);
        var stopped = await client.Services.WaitForVCenterStateAsync(id, ServiceState.Stopped);
        await client.Services.StartVCenterAsync(id);
        await client.Services.WaitForVCenterStateAsync(id, ServiceState.Started);
        await client.Services.SetVCenterStartupTypeAsync(id, StartupType.Manual);
        var after = await client.Services.GetVCenterAsync(id);

        Assert.NotEmpty(appliance);
        Assert.Equal(ServiceState.Stopped, stopped.State);
        Assert.Equal(StartupType.Manual, after.StartupType);
        Assert.NotNull(await client.Services.GetApplianceAsync(appliance.Keys.First()));
    }

    [Fact]
    public async Task Services_UnknownStartupType_ThrowsNamingIt()
    {
        await using var client = sim.Client(sim.NewAppliance());

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Services.SetVCenterStartupTypeAsync("vpxd", (StartupType)8));

        Assert.Equal("startupType", ex.ParamName);
    }

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task System_VersionAndScheduledReboot_AreReported(ApiFlavor flavor)
    {
        var appliance = sim.NewAppliance();
        await using var client = sim.Client(appliance, flavor);

        var version = await client.System.GetVersionAsync();
        await client.System.RebootAsync(TimeSpan.FromMinutes(10), "patching");
        var scheduled = await client.System.GetShutdownAsync();
        await client.System.CancelShutdownAsync();
        var cancelled = await client.System.GetShutdownAsync();

        Assert.Equal(appliance.Version, version.Version);
        Assert.Equal("patching", scheduled.Reason);
        Assert.NotNull(scheduled.ShutdownTime);
        Assert.Null(cancelled.ShutdownTime);
    }

    [Fact]
    public async Task System_RebootWithNegativeDelay_ThrowsNamingDelay()
    {
        await using var client = sim.Client(sim.NewAppliance());

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.System.RebootAsync(TimeSpan.FromMinutes(-1), "x"));

        Assert.Equal("delay", ex.ParamName);
    }
}
