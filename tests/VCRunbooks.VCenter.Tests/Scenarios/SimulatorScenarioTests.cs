using VCRunbooks.Simulator.Tasks;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Tests.Infrastructure;

namespace VCRunbooks.VCenter.Tests.Scenarios;

public sealed class SimulatorScenarioTests(ClientFixture sim) : IClassFixture<ClientFixture>
{
    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task SessionRoundTrip_Simulator_Succeeds(ApiFlavor flavor)
    {
        await using var client = sim.Client(sim.NewAppliance(), flavor);
        await ReadOnlyScenarios.SessionRoundTripAsync(client);
    }

    [Fact]
    public async Task LogoutThenCall_Simulator_LogsInAgain()
    {
        await using var client = sim.Client(sim.NewAppliance());
        await ReadOnlyScenarios.LogoutThenCallLogsInAgainAsync(client);
    }

    [Theory]
    [InlineData(ApiFlavor.Api)]
    [InlineData(ApiFlavor.Rest)]
    public async Task Preflight_Simulator_ReadsEveryFamily(ApiFlavor flavor)
    {
        await using var client = sim.Client(sim.NewAppliance(), flavor);
        await ReadOnlyScenarios.PreflightAsync(client);
    }

    [Fact]
    public async Task ListTasks_Simulator_FiltersByStatus()
    {
        var appliance = sim.NewAppliance();
        var running = appliance.Tasks.Start(Task("validate", TimeSpan.FromHours(1)));
        var finished = appliance.Tasks.Start(Task("export", TimeSpan.Zero));
        await using var client = sim.Client(appliance);

        var ids = await ReadOnlyScenarios.ListRunningTasksAsync(client);

        Assert.Contains(running.Id, ids);
        Assert.DoesNotContain(finished.Id, ids);
    }

    private static CisTaskSpec Task(string operation, TimeSpan duration) => new()
    {
        Service = "com.vmware.appliance.infraprofile.configs",
        Operation = operation,
        Description = LocalizableMessage.Of("test." + operation, operation),
        Duration = duration,
    };
}
