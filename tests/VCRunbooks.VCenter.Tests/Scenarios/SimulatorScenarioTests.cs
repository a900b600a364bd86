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
        await using var client = sim.Client(sim.NewAppliance());
        await ReadOnlyScenarios.ListTasksAsync(client);
    }
}
