using System.Collections.Concurrent;
using VCRunbooks.Activities.Targets;
using VCRunbooks.Server.Simulator;

namespace VCRunbooks.Server.Simulation;

/// <summary>
/// The throwaway targets of simulations: each a fresh appliance in the embedded simulator, known only here (never in
/// the target store), named <c>simulation~…</c>, a name no stored target or secret can have. The target resolver and
/// the credential store look here first, so a simulated run logs in to its own appliance and nowhere else.
/// The most recent <see cref="Kept"/> are kept (their appliances can be inspected after the run); older ones are removed.
/// </summary>
internal sealed class SimulationTargets(EmbeddedSimulator simulator)
{
    public const string Prefix = "simulation~";
    public const int Kept = 20;

    private readonly ConcurrentDictionary<string, (TargetSettings Target, string Appliance, string Password)> _targets = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public static bool IsSimulation(string? name) => name is not null && name.StartsWith(Prefix, StringComparison.Ordinal);

    public void Add(TargetSettings target, string appliance, string password)
    {
        _targets[target.Name] = (target, appliance, password);
        _order.Enqueue(target.Name);
        while (_order.Count > Kept && _order.TryDequeue(out var oldest))
        {
            if (_targets.TryRemove(oldest, out var removed))
            {
                simulator.Appliances.Remove(removed.Appliance);
            }
        }
    }

    public TargetSettings? Find(string name) => _targets.TryGetValue(name, out var entry) ? entry.Target : null;

    /// <summary>The password of a simulation's appliance, by the secret name its target gives.</summary>
    public string? Reveal(string secretName) =>
        IsSimulation(secretName) && _targets.TryGetValue(secretName, out var entry) ? entry.Password : null;
}
