using VCRunbooks.VCenter.Client;

namespace VCRunbooks.VCenter.Tests.Scenarios;

/// <summary>The read-only scenarios against the vCenter named by VCRUNBOOKS_VCENTER_* (skipped, with the reason, otherwise).</summary>
public sealed class RealVCenterScenarioTests
{
    [RealVCenterFact]
    public async Task SessionRoundTrip_RealVCenter_Succeeds()
    {
        await using var client = Create();
        await ReadOnlyScenarios.SessionRoundTripAsync(client);
    }

    [RealVCenterFact]
    public async Task LogoutThenCall_RealVCenter_LogsInAgain()
    {
        await using var client = Create();
        await ReadOnlyScenarios.LogoutThenCallLogsInAgainAsync(client);
    }

    [RealVCenterFact]
    public async Task Preflight_RealVCenter_ReadsEveryFamily()
    {
        await using var client = Create();
        await ReadOnlyScenarios.PreflightAsync(client);
    }

    [RealVCenterFact]
    public async Task ListTasks_RealVCenter_FiltersByStatus()
    {
        await using var client = Create();
        await ReadOnlyScenarios.ListRunningTasksAsync(client);
    }

    private static IVCenterClient Create() => new VCenterClientFactory().Create(RealVCenter.Target(), RealVCenter.Credentials());
}
