namespace VCRunbooks.Simulator.Control;

/// <summary>Faults to inject into one appliance; every field is optional and durations are in simulated seconds.</summary>
internal sealed record FaultRequest
{
    public double? UnavailableForSeconds { get; init; }
    public double? RefuseConnectionsForSeconds { get; init; }
    public double? ServicesRestartForSeconds { get; init; }
    public int? LatencyMs { get; init; }
    public double? Random5xxRate { get; init; }
    public int? Seed { get; init; }
    public bool? ExpireSessions { get; init; }
    public double? SessionIdleTimeoutSeconds { get; init; }
    public int? FailNextBackupAtPercent { get; init; }
    public int? FailNextRestoreAtPercent { get; init; }
    public int? FailNextInstallAtPercent { get; init; }
    public bool? PartnerUnreachableOnNextReconcile { get; init; }
    public string? RaiseQuestion { get; init; }
    public int? RaiseQuestionAtPercent { get; init; }
}
