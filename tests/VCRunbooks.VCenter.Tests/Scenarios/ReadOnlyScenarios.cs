using VCRunbooks.VCenter.Client;

namespace VCRunbooks.VCenter.Tests.Scenarios;

/// <summary>
/// Scenarios that only read, so they are safe against a production vCenter. Each runs against the simulator
/// (<see cref="SimulatorScenarioTests"/>) and, when configured, a real vCenter (<see cref="RealVCenterScenarioTests"/>).
/// </summary>
public static class ReadOnlyScenarios
{
    public static async Task SessionRoundTripAsync(IVCenterClient client)
    {
        var info = await client.Session.GetAsync();
        Assert.False(string.IsNullOrEmpty(info.User));
        Assert.True(info.LastAccessedTime >= info.CreatedTime);
    }

    public static async Task LogoutThenCallLogsInAgainAsync(IVCenterClient client)
    {
        await client.Session.GetAsync();
        await client.Session.LogoutAsync();
        var info = await client.Session.GetAsync();
        Assert.False(string.IsNullOrEmpty(info.User));
    }

    /// <summary>What an operator checks before any change: version, health, services, backup parts, update state, topology.</summary>
    public static async Task PreflightAsync(IVCenterClient client)
    {
        var version = await client.System.GetVersionAsync();
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Version);
        Assert.True(Enum.IsDefined(await client.Health.GetSystemAsync()));
        Assert.NotEmpty(await client.Services.ListVCenterAsync());
        Assert.Contains(await client.Backup.ListPartsAsync(), p => p.Id == "common");
        Assert.True(Enum.IsDefined((await client.Update.GetAsync()).State));
        Assert.NotEmpty(await client.Topology.ListNodesAsync());
    }

    /// <summary>Lists running tasks: every task returned is running. Returns their ids, for callers that know which should be there.</summary>
    public static async Task<IReadOnlyCollection<string>> ListRunningTasksAsync(IVCenterClient client)
    {
        var tasks = await client.Tasks.ListAsync(new VCRunbooks.VCenter.Tasks.TaskFilterSpec { Status = [VCRunbooks.VCenter.Common.TaskStatus.Running] });
        Assert.All(tasks.Values, t => Assert.Equal(VCRunbooks.VCenter.Common.TaskStatus.Running, t.Status));
        return [.. tasks.Keys];
    }
}
