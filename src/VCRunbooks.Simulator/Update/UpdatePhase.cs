namespace VCRunbooks.Simulator.Update;

/// <summary>One subtask of an update operation and how long it takes in simulated time.</summary>
internal sealed record UpdatePhase(string Name, TimeSpan Length, string Message)
{
    /// <summary>The phase during which the appliance's services stop and start again.</summary>
    public const string RestartServices = "restart_services";

    public static readonly TimeSpan StageDuration = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan InstallDuration = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan RollbackDuration = TimeSpan.FromMinutes(10);
    /// <summary>How long the reverse proxy refuses connections at the start of the services restart.</summary>
    public static readonly TimeSpan RefuseConnections = TimeSpan.FromMinutes(1);

    private static readonly UpdatePhase[] Stage =
    [
        new("download", StageDuration * 0.8, "Downloading the update packages..."),
        new("verify", StageDuration * 0.2, "Verifying the downloaded packages..."),
    ];

    // 30 minutes: the services restart from minute 21 to 25.5.
    private static readonly UpdatePhase[] Install =
    [
        new("precheck", InstallDuration * 0.10, "Running pre-install checks..."),
        new("install_rpms", InstallDuration * 0.60, "Installing the update packages..."),
        new(RestartServices, InstallDuration * 0.15, "Restarting the appliance services..."),
        new("postcheck", InstallDuration * 0.15, "Running post-install checks..."),
    ];

    public static IReadOnlyList<UpdatePhase> For(UpdateOperationKind kind) => kind switch
    {
        UpdateOperationKind.Stage => Stage,
        UpdateOperationKind.Install => Install,
        UpdateOperationKind.StageAndInstall => [.. Stage, .. Install],
        _ => [new("rollback", RollbackDuration, "Restoring the appliance to the version before the failed install...")],
    };
}
