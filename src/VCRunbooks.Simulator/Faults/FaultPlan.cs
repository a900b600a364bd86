namespace VCRunbooks.Simulator.Faults;

/// <summary>
/// Faults injected into one appliance through the control API. Windows are in simulated time; a
/// one-shot fault is consumed by the family that fires it.
/// </summary>
/// <remarks>
/// Set with <c>POST /simulator/appliances/{name}/faults</c>, e.g. <c>{"unavailableForSeconds": 120}</c>,
/// <c>{"random5xxRate": 0.2, "seed": 7}</c> or <c>{"failNextBackupAtPercent": 50}</c>; <c>DELETE</c> on the same path
/// clears them all. Tests may also set the properties directly, holding <see cref="Appliances.Appliance.Sync"/>.
/// </remarks>
public sealed class FaultPlan
{
    private readonly Lock _sync = new();
    private Random _random = new(1);

    /// <summary>Until then every /api and /rest call answers 503 SERVICE_UNAVAILABLE.</summary>
    public DateTimeOffset? UnavailableUntil { get; set; }
    /// <summary>Until then connections are dropped without an answer, as while the reverse proxy restarts.</summary>
    public DateTimeOffset? RefuseConnectionsUntil { get; set; }
    /// <summary>Real-time delay added to every answer.</summary>
    public TimeSpan Latency { get; set; }
    /// <summary>The share (0..1) of calls answered at random with RESOURCE_BUSY (500 on /api, 400 on /rest) or SERVICE_UNAVAILABLE (503).</summary>
    public double Random5xxRate { get; set; }
    /// <summary>The next backup job fails when it reaches this percentage.</summary>
    public int? FailNextBackupAtPercent { get; set; }
    /// <summary>The next restore job fails when it reaches this percentage.</summary>
    public int? FailNextRestoreAtPercent { get; set; }
    /// <summary>The next update install fails when it reaches this percentage.</summary>
    public int? FailNextInstallAtPercent { get; set; }
    /// <summary>The next reconciliation job finds its linked-mode partner unreachable (a warning).</summary>
    public bool PartnerUnreachableOnNextReconcile { get; set; }
    /// <summary>A question the next (or running) stage-2 configuration raises, by id; null for the built-in one.</summary>
    public string? RaiseQuestion { get; set; }
    /// <summary>The stage-2 configuration raises its question at this percentage of progress.</summary>
    public int RaiseQuestionAtPercent { get; set; } = 40;

    /// <summary>Restarts the random source of the random 5xx faults from <paramref name="seed"/>, so a test run repeats.</summary>
    public void SeedRandom(int seed)
    {
        lock (_sync)
        {
            _random = new Random(seed);
        }
    }

    /// <summary>True when this call should fail with a random 5xx, by the configured rate.</summary>
    public bool RollRandom5xx()
    {
        lock (_sync)
        {
            return Random5xxRate > 0 && _random.NextDouble() < Random5xxRate;
        }
    }

    /// <summary>A number in [0, <paramref name="maxExclusive"/>) from the seeded random source.</summary>
    public int NextRandom(int maxExclusive)
    {
        lock (_sync)
        {
            return _random.Next(maxExclusive);
        }
    }
}
