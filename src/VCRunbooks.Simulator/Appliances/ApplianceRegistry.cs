using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using VCRunbooks.Simulator.Clock;

namespace VCRunbooks.Simulator.Appliances;

/// <summary>All appliances of one simulator process, found by host name.</summary>
public sealed class ApplianceRegistry
{
    private readonly ConcurrentDictionary<string, Appliance> _appliances = new(StringComparer.OrdinalIgnoreCase);
    private readonly SimulatorOptions _options;

    /// <summary>Creates the registry; with <see cref="SimulatorOptions.CreateDefaultAppliance"/> it holds the default appliance, offering update 8.0.2.00200.</summary>
    public ApplianceRegistry(VirtualClock clock, IOptions<SimulatorOptions> options)
    {
        Clock = clock;
        _options = options.Value;
        if (_options.CreateDefaultAppliance)
        {
            Add(new ApplianceSpec
            {
                Name = _options.DefaultApplianceName,
                SsoPassword = _options.DefaultPassword,
                RootPassword = _options.DefaultPassword,
                PendingUpdates = ["8.0.2.00200"],
            });
        }
    }

    /// <summary>The clock every appliance of this simulator shares.</summary>
    public VirtualClock Clock { get; }
    /// <summary>State the appliances share, such as the backup archives at their locations.</summary>
    public SimulatorWorld World { get; } = new();

    /// <summary>Every appliance, oldest first.</summary>
    public IReadOnlyCollection<Appliance> All => [.. _appliances.Values.OrderBy(a => a.CreatedAt).ThenBy(a => a.Name, StringComparer.Ordinal)];

    /// <summary>Creates an appliance and routes requests for its host name to it; throws InvalidOperationException when the name is taken.</summary>
    public Appliance Add(ApplianceSpec spec)
    {
        var appliance = new Appliance(spec, Clock, _options, World);
        if (!_appliances.TryAdd(spec.Name, appliance))
        {
            throw new InvalidOperationException($"An appliance named '{spec.Name}' already exists.");
        }
        return appliance;
    }

    /// <summary>Removes the appliance named <paramref name="name"/>; false when there is none.</summary>
    public bool Remove(string name) => _appliances.TryRemove(name, out _);

    /// <summary>The appliance with that host name (case-insensitive), or null.</summary>
    public Appliance? Find(string name) => _appliances.GetValueOrDefault(name);

    /// <summary>The appliance a request is for: by its host name, else the default appliance.</summary>
    public Appliance? Resolve(string? host)
    {
        if (!string.IsNullOrEmpty(host) && _appliances.TryGetValue(host, out var byHost))
        {
            return byHost;
        }
        return _appliances.GetValueOrDefault(_options.DefaultApplianceName)
            ?? (_appliances.Count == 1 ? _appliances.Values.First() : null);
    }
}
