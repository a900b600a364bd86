namespace VCRunbooks.Simulator.Deployment;

/// <summary>
/// How long each stage-2 operation takes in simulated time and which subtasks it runs, with each subtask's share
/// of the whole. Subtask names are those real appliances report (precheck, rpminstall, firstboot, export, import).
/// </summary>
internal sealed record DeploymentPlan(TimeSpan Duration, IReadOnlyList<(string Name, double Share, string Message)> Subtasks)
{
    public static readonly TimeSpan InstallDuration = TimeSpan.FromMinutes(25);
    public static readonly TimeSpan UpgradeDuration = TimeSpan.FromMinutes(60);
    public static readonly TimeSpan MigrateDuration = TimeSpan.FromMinutes(60);

    public static DeploymentPlan For(DeploymentOperation operation) => operation switch
    {
        DeploymentOperation.Install => new(InstallDuration,
        [
            ("precheck", 0.10, "Running pre-checks for the setup..."),
            ("rpminstall", 0.40, "Installing RPM packages..."),
            ("firstboot", 0.50, "Starting vCenter Server services..."),
        ]),
        DeploymentOperation.Upgrade => new(UpgradeDuration, Transfer),
        _ => new(MigrateDuration, Transfer),
    };

    // Upgrade and migrate copy the source's data out, install, then import it into the new appliance.
    private static readonly (string, double, string)[] Transfer =
    [
        ("precheck", 0.10, "Running pre-upgrade checks against the source appliance..."),
        ("export", 0.20, "Exporting configuration and data from the source appliance..."),
        ("rpminstall", 0.20, "Installing RPM packages..."),
        ("import", 0.30, "Importing configuration and data into the new appliance..."),
        ("firstboot", 0.20, "Starting vCenter Server services..."),
    ];

    /// <summary>Where the precheck subtask ends, as elapsed time from the start.</summary>
    public TimeSpan PrecheckEnd => Duration * Subtasks[0].Share;
}
