using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.Simulator.Appliances;

/// <summary>How to create a simulated appliance: its name, version, deployment state and updates on offer.</summary>
public sealed record ApplianceSpec
{
    /// <summary>Host name the appliance answers to (Host header routing), e.g. <c>vcsa-01.lab.local</c>.</summary>
    public required string Name { get; init; }
    /// <summary>The installed version (system/version), e.g. <c>8.0.2.00100</c>.</summary>
    public string Version { get; init; } = "8.0.2.00100";
    /// <summary>Build number; when null the simulator's version catalog supplies it.</summary>
    public string? Build { get; init; }
    /// <summary>CONFIGURED for a running vCenter; INITIALIZED for a freshly deployed one waiting for stage 2.</summary>
    public ApplianceState State { get; init; } = ApplianceState.Configured;
    /// <summary>Update versions this appliance's repository offers, e.g. <c>8.0.2.00200</c>.</summary>
    public IReadOnlyList<string> PendingUpdates { get; init; } = [];
    /// <summary>The SSO administrator, a SuperAdmin who logs in with <c>POST /api/session</c>.</summary>
    public string SsoUser { get; init; } = "administrator@vsphere.local";
    /// <summary>The SSO administrator's password.</summary>
    public string SsoPassword { get; init; } = "VMware1!";
    /// <summary>The local root password: basic auth on the management side (port 5480: stage 2, restore).</summary>
    public string RootPassword { get; init; } = "VMware1!";
    /// <summary>SSO domain; the default matches the default administrator.</summary>
    public string SsoDomain { get; init; } = "vsphere.local";
}
