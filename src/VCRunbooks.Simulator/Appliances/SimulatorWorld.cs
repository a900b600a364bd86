using System.Collections.Concurrent;

namespace VCRunbooks.Simulator.Appliances;

/// <summary>
/// State shared by every appliance of one simulator: things outside any appliance, such as the backup
/// locations (an archive written by one appliance's backup is found by another's restore).
/// </summary>
public sealed class SimulatorWorld
{
    private readonly ConcurrentDictionary<Type, object> _features = new();

    /// <summary>Shared state of one kind, created on first use. Guard it with its own lock.</summary>
    public T Feature<T>() where T : class, new() => (T)_features.GetOrAdd(typeof(T), _ => new T());
}
