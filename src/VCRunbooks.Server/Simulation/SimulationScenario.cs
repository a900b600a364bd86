using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Health;
using VCRunbooks.VCenter.Health;

namespace VCRunbooks.Server.Simulation;

/// <summary>What the throwaway appliance of a simulation does differently from a healthy one.</summary>
internal sealed record SimulationScenario(string Id, string Title, string Description, Action<Appliance> Apply)
{
    /// <summary>
    /// The 503 window, in simulated seconds: an hour, a minute of real time at the embedded simulator's 60×. That
    /// outlasts the vCenter client's own retries, so the step's retry policy (and "retried N" on the node) shows.
    /// </summary>
    public const double UnavailableSeconds = 3600;

    public static IReadOnlyList<SimulationScenario> All { get; } =
    [
        new("healthy", "Healthy appliance", "Everything answers and every job succeeds: the path a good day takes.", _ => { }),
        new("unavailable", "503 window", "Every /api and /rest call answers 503 for the first simulated hour, as while vCenter's services restart.",
            a => a.Faults.UnavailableUntil = a.Clock.GetUtcNow().AddSeconds(UnavailableSeconds)),
        new("backup-fails", "Backup fails at 40%", "The next backup job fails when it reaches 40%.", a => a.Faults.FailNextBackupAtPercent = 40),
        new("install-fails", "Install fails at 40%", "The next update install fails when it reaches 40%.", a => a.Faults.FailNextInstallAtPercent = 40),
        new("question", "A question raised", "Stage 2 (install, upgrade) stops at 40% on a question for the operator: \"Pre-upgrade checks reported warnings. Continue the upgrade?\"",
            a => (a.Faults.RaiseQuestion, a.Faults.RaiseQuestionAtPercent) = ("upgrade.precheck.warnings", 40)),
        new("red-health", "Red health", "The appliance's storage health is red (\"/storage/log is 97% full\"), so its overall health is red.",
            a => a.Feature<HealthFeature>().Set("storage", HealthLevel.Red, "/storage/log is 97% full")),
    ];

    public static SimulationScenario? Find(string? id) => All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));
}
