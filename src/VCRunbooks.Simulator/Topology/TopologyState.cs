using System.Collections.Immutable;
using VCRunbooks.Simulator.Appliances;

namespace VCRunbooks.Simulator.Topology;

/// <summary>
/// What one node knows of its linked-mode partners: which of them it cannot reach (set through the control API).
/// Replication status reports these partners unavailable; reconciliation and other recovery families should
/// consult <see cref="IsReachable"/> before talking to a partner.
/// </summary>
internal sealed class TopologyState : IApplianceFeature<TopologyState>
{
    // Immutable and swapped whole, so other nodes may read it without this node's lock.
    private ImmutableHashSet<string> _unreachable = ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase);

    public static TopologyState Create(Appliance appliance) => new();

    /// <summary>Partners (host names) this node cannot reach.</summary>
    public IReadOnlySet<string> UnreachablePartners => Volatile.Read(ref _unreachable);

    public bool IsReachable(string partner) => !Volatile.Read(ref _unreachable).Contains(partner);

    public void SetReachable(string partner, bool reachable)
    {
        ImmutableHashSet<string> before, after;
        do
        {
            before = Volatile.Read(ref _unreachable);
            after = reachable ? before.Remove(partner) : before.Add(partner);
        }
        while (!ReferenceEquals(Interlocked.CompareExchange(ref _unreachable, after, before), before));
    }

    public void Advance(DateTimeOffset now)
    {
    }
}
