namespace VCRunbooks.Server.Targets.Live;

/// <summary>
/// What a target is doing right now, as the designer shows it on a vCenter node: version, health, pending updates and
/// a running job. <see cref="Status"/> says whether it could be read; when not, <see cref="Message"/> says why (never
/// a secret).
/// </summary>
internal sealed record LiveContext
{
    public required string Target { get; init; }
    /// <summary><c>ok</c>, <c>unreachable</c> (no answer, or 503), <c>credentials</c> (login refused or a secret missing) or <c>error</c>.</summary>
    public required string Status { get; init; }
    public string? Message { get; init; }
    /// <summary>When the target was read; answers within the cache window carry the same time.</summary>
    public required DateTimeOffset ReadAt { get; init; }
    public string? Version { get; init; }
    public string? Build { get; init; }
    public string? Product { get; init; }
    /// <summary>The overall health level, lower case (green, yellow, orange, red, gray).</summary>
    public string? Health { get; init; }
    /// <summary>The appliance update state, e.g. UpToDate, UpdatesPending, InstallInProgress.</summary>
    public string? UpdateState { get; init; }
    /// <summary>Update versions the appliance offers, oldest first.</summary>
    public IReadOnlyList<string> PendingUpdates { get; init; } = [];
    /// <summary>The job running now (an update stage or install, or a backup), or null.</summary>
    public LiveJob? Job { get; init; }
}

/// <summary>A job in progress on the target.</summary>
internal sealed record LiveJob(string Kind, string Operation, string Status, int Percent, string? Message);
