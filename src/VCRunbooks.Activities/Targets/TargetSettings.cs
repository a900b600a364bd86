using VCRunbooks.VCenter.Client.Connection;

namespace VCRunbooks.Activities.Targets;

/// <summary>A named vCenter the runbooks act on, with the names (never the values) of the secrets that log in to it.</summary>
public sealed record TargetSettings
{
    /// <summary>The target's name, as CreateSession's Target input gives it.</summary>
    public required string Name { get; init; }

    /// <summary>The vAPI endpoint (port 443): SSO sessions.</summary>
    public required VCenterTarget Api { get; init; }

    /// <summary>The appliance management side (port 5480): local root for stage 2 and restore.</summary>
    public required VCenterTarget Management { get; init; }

    /// <summary>The SSO user Sso sessions log in as.</summary>
    public string SsoUser { get; init; } = "administrator@vsphere.local";

    /// <summary>Name of the secret holding the SSO user's password.</summary>
    public string? SsoPasswordSecret { get; init; }

    /// <summary>Name of the secret holding the appliance root password.</summary>
    public string? RootPasswordSecret { get; init; }
}
