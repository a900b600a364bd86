using VCRunbooks.Server.Targets;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.Server.Simulator;

/// <summary>Simulated appliances, one per lifecycle demo plus a small fleet to patch in waves, registered as targets with their secrets.</summary>
internal static class DemoFleet
{
    public const string Tag = "demo";
    /// <summary>Tag prefix naming the runbook a demo target is meant for; the run command picks its target by it.</summary>
    public const string RunbookTagPrefix = "runbook:";
    public const string SsoSecret = "demo-sso-password";
    public const string RootSecret = "demo-root-password";

    /// <summary>The tag of the appliances fleet-patching patches in the demo.</summary>
    public const string FleetTag = "demo-fleet";
    private const string Password = "VMware1!";

    public static IReadOnlyList<DemoAppliance> Members { get; } =
    [
        new("demo-patch", new ApplianceSpec
        {
            Name = "vcsa-patch.demo.local", Version = "8.0.2.00100", State = ApplianceState.Configured,
            PendingUpdates = ["8.0.2.00200"], SsoPassword = Password, RootPassword = Password,
        }, "patching", "running vCenter 8.0.2.00100 with 8.0.2.00200 pending")
        {
            AlsoRunbooks = ["patching-script"],
            DemoInputs = new Dictionary<string, string>
            {
                ["backupLocation"] = "\"sftp://backup.demo.local/vcsa-patch\"",
                // The install asks for the SSO administrator password; the demo answers it from the demo secret.
                ["userData"] = $"[\"vmdir.password={SsoSecret}\"]",
            },
        },
        new("demo-restore", new ApplianceSpec
        {
            Name = "vcsa-restore.demo.local", Version = "8.0.2.00100", State = ApplianceState.Initialized,
            SsoPassword = Password, RootPassword = Password,
        }, "restore-and-reconcile", "freshly deployed, waiting for a restore"),
        new("demo-upgrade", new ApplianceSpec
        {
            Name = "vcsa-upgrade.demo.local", Version = "8.0.3.00000", State = ApplianceState.Initialized,
            SsoPassword = Password, RootPassword = Password,
        }, "upgrade", "deployed by upgrade stage 1, waiting for stage 2"),
        .. Enumerable.Range(1, 3).Select(FleetMember),
    ];

    private static DemoAppliance FleetMember(int n) => new($"demo-fleet-{n}", new ApplianceSpec
    {
        Name = $"vcsa-fleet-{n}.demo.local", Version = "8.0.2.00100", State = ApplianceState.Configured,
        PendingUpdates = ["8.0.2.00200"], SsoPassword = Password, RootPassword = Password,
    }, "fleet-patching", "one of the fleet fleet-patching patches in waves")
    {
        Tags = [FleetTag],
        DemoInputs = new Dictionary<string, string>
        {
            ["tag"] = $"\"{FleetTag}\"",
            ["backupLocation"] = "\"sftp://backup.demo.local/fleet\"",
            ["userData"] = $"[\"vmdir.password={SsoSecret}\"]",
            ["waveSize"] = "2",
        },
    };

    /// <summary>The demo secrets: name, value, description.</summary>
    public static IReadOnlyList<(string Name, string Value, string Description)> Secrets { get; } =
    [
        (SsoSecret, Password, "SSO administrator password of the demo appliances"),
        (RootSecret, Password, "root password of the demo appliances"),
    ];

    /// <summary>
    /// Adds the appliances to the simulator and makes their targets and secrets what this definition says, with the
    /// simulator's port of this start. What already is as it should be is not written again: a restart only moves
    /// the targets to the new port, in one plain UPDATE each; a secret is protected again only when the stamp shows
    /// it is not the one written last time. Anything else (a first start, a target or secret changed through the
    /// API, a new definition) is written through the stores, as an operator's request would be.
    /// </summary>
    public static async Task RegisterAsync(EmbeddedSimulator simulator, DemoFleetWriter writer, CancellationToken cancellationToken)
    {
        var address = simulator.BaseAddress ?? throw new InvalidOperationException("The embedded simulator is not started.");
        await writer.SecretsAsync(Secrets, cancellationToken);
        foreach (var member in Members)
        {
            if (simulator.Appliances.Find(member.Spec.Name) is null)
            {
                simulator.Appliances.Add(member.Spec);
            }
        }
        await writer.TargetsAsync(Members.Select(member => (member.TargetName, new TargetRequest
        {
            Address = address.Host,
            Scheme = address.Scheme,
            ApiPort = address.Port,
            ManagementPort = address.Port,
            HostHeader = member.Spec.Name,
            SsoUser = member.Spec.SsoUser,
            SsoPasswordSecret = SsoSecret,
            RootPasswordSecret = RootSecret,
            Tags = [.. member.Tags, RunbookTagPrefix + member.Runbook, .. member.AlsoRunbooks.Select(r => RunbookTagPrefix + r)],
        })).ToList(), cancellationToken);
    }
}
