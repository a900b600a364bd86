using VCRunbooks.Simulator.Appliances;

namespace VCRunbooks.Simulator.Control;

/// <summary>What the control API tells about an appliance.</summary>
internal sealed record ApplianceSummary(string Name, string Version, string Build, string State, bool ServicesRestarting, int Sessions, int LedgerEntries)
{
    public static ApplianceSummary Of(Appliance appliance)
    {
        lock (appliance.Sync)
        {
            var now = appliance.Clock.GetUtcNow();
            appliance.Advance(now);
            return new(appliance.Name, appliance.Version, appliance.Build, System.Text.Json.JsonNamingPolicy.SnakeCaseUpper.ConvertName(appliance.State.ToString()), appliance.ServicesRestarting(now),
                appliance.Sessions.Count, appliance.Ledger.Entries.Count);
        }
    }
}
