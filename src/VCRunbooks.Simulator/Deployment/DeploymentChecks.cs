using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.Simulator.Deployment;

/// <summary>
/// The checks stage 2 runs on a spec (the ?action=check operations, and the precheck subtask of a start): sources
/// and partners must be reachable (known to the simulator), credentials must match, passwords must meet the
/// SSO policy, and an upgrade source must be older than the version being deployed.
/// </summary>
internal static class DeploymentChecks
{
    public static CheckInfo Install(InstallSpec spec, DeploymentFeature feature, DateTimeOffset now)
    {
        var errors = new List<Notification>();
        var embedded = spec.VcsaEmbedded;
        if ((embedded.Standalone is null) == (embedded.Replicated is null))
        {
            errors.Add(Error(now, "install.spec.sso.mode", "Exactly one of vcsa_embedded.standalone and vcsa_embedded.replicated must be set.",
                "Set standalone for a new SSO domain or replicated to join a partner's."));
        }
        if (embedded.Standalone is { } standalone)
        {
            PasswordPolicy(standalone.SsoAdminPassword, "vcsa_embedded.standalone.sso_admin_password", now, errors);
        }
        if (embedded.Replicated is { } replicated)
        {
            Partner(feature, replicated.PartnerHostname, replicated.SsoAdminPassword, now, errors);
        }
        return Result(errors, null);
    }

    public static CheckInfo StandalonePsc(StandalonePscSpec spec, DateTimeOffset now)
    {
        var errors = new List<Notification>();
        PasswordPolicy(spec.SsoAdminPassword, "sso_admin_password", now, errors);
        return Result(errors, null);
    }

    public static CheckInfo ReplicatedPsc(ReplicatedPscSpec spec, DeploymentFeature feature, DateTimeOffset now)
    {
        var errors = new List<Notification>();
        Partner(feature, spec.PartnerHostname, spec.SsoAdminPassword, now, errors);
        return Result(errors, null);
    }

    public static CheckInfo RemotePsc(RemotePscSpec spec, DeploymentFeature feature, DateTimeOffset now)
    {
        var errors = new List<Notification>();
        Partner(feature, spec.PscHostname, spec.SsoAdminPassword, now, errors);
        return Result(errors, null);
    }

    public static CheckInfo Upgrade(UpgradeSpec spec, DeploymentFeature feature, DateTimeOffset now)
    {
        var errors = new List<Notification>();
        var source = spec.SourceAppliance;
        if (!feature.Sources.TryGetValue(source.Hostname, out var known))
        {
            errors.Add(Unreachable(now, source.Hostname));
            return Result(errors, null);
        }
        if (!string.Equals(known.SsoAdminUsername, source.SsoAdminUsername, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(known.SsoAdminPassword, source.SsoAdminPassword, StringComparison.Ordinal))
        {
            errors.Add(Error(now, "upgrade.source.sso.credentials.invalid", $"The SSO credentials for source appliance '{source.Hostname}' are not valid.",
                "Check source_appliance.sso_admin_username and source_appliance.sso_admin_password."));
        }
        if (!string.Equals(known.RootPassword, source.RootPassword, StringComparison.Ordinal))
        {
            errors.Add(Error(now, "upgrade.source.root.credentials.invalid", $"The root password for source appliance '{source.Hostname}' is not valid.",
                "Check source_appliance.root_password."));
        }
        if (!VersionCatalog.IsNewer(feature.UpgradeTargetVersion, known.Version))
        {
            errors.Add(Error(now, "upgrade.source.version.unsupported",
                $"Upgrading from version {known.Version} to {feature.UpgradeTargetVersion} is not supported.", "Deploy a newer version of the appliance."));
        }
        var info = new SourceInfo
        {
            Hostname = known.Hostname,
            Version = known.Version,
            DeploymentType = known.DeploymentType,
            DeploymentSize = known.DeploymentSize,
            SsoDomainName = known.SsoDomainName,
            ActiveDirectoryDomain = "",
            DnsServers = ["10.0.0.2"],
        };
        return Result(errors, info);
    }

    public static CheckInfo Migrate(MigrateSpec spec, DeploymentFeature feature, DateTimeOffset now)
    {
        var errors = new List<Notification>();
        var source = spec.SourceVcWindows;
        if (!feature.Sources.TryGetValue(source.Hostname, out var known))
        {
            errors.Add(Unreachable(now, source.Hostname));
        }
        else if (!string.Equals(known.SsoAdminPassword, source.Password, StringComparison.Ordinal))
        {
            errors.Add(Error(now, "migrate.source.credentials.invalid", $"The credentials for source vCenter '{source.Hostname}' are not valid.",
                "Check source_vc_windows.username and source_vc_windows.password."));
        }
        return Result(errors, null);
    }

    public static CheckInfo ActiveDirectory(ActiveDirectorySpec spec, DateTimeOffset now)
    {
        var errors = new List<Notification>();
        if (!spec.Domain.Contains('.', StringComparison.Ordinal))
        {
            errors.Add(Error(now, "migrate.ad.domain.invalid", $"'{spec.Domain}' is not a fully qualified domain name.", "Give the domain's FQDN."));
        }
        return Result(errors, null);
    }

    private static void Partner(DeploymentFeature feature, string hostname, string password, DateTimeOffset now, List<Notification> errors)
    {
        if (!feature.Sources.TryGetValue(hostname, out var partner))
        {
            errors.Add(Unreachable(now, hostname));
        }
        else if (!string.Equals(partner.SsoAdminPassword, password, StringComparison.Ordinal))
        {
            errors.Add(Error(now, "install.partner.sso.credentials.invalid", $"The SSO administrator password for '{hostname}' is not valid.",
                "Give the partner's SSO administrator password."));
        }
    }

    // The vCenter SSO default policy: 8 to 20 characters with upper and lower case letters, a digit and a special character.
    private static void PasswordPolicy(string password, string field, DateTimeOffset now, List<Notification> errors)
    {
        var ok = password.Length is >= 8 and <= 20 && password.Any(char.IsUpper) && password.Any(char.IsLower)
            && password.Any(char.IsDigit) && password.Any(c => !char.IsLetterOrDigit(c));
        if (!ok)
        {
            errors.Add(Error(now, "install.sso.password.policy", $"The password in {field} does not meet the SSO password policy.",
                "Use 8 to 20 characters with upper and lower case letters, a digit and a special character.", field));
        }
    }

    private static Notification Unreachable(DateTimeOffset now, string hostname) =>
        Error(now, "deployment.host.unreachable", $"Unable to connect to '{hostname}'.", "Check the host name and that the machine is running.", hostname);

    private static Notification Error(DateTimeOffset now, string id, string text, string resolution, params string[] args) => new()
    {
        Id = id,
        Time = now,
        Message = LocalizableMessage.Of(id, text, args),
        Resolution = LocalizableMessage.Of(id + ".resolution", resolution),
    };

    private static CheckInfo Result(List<Notification> errors, SourceInfo? source) => new()
    {
        Status = errors.Count == 0 ? CheckStatus.Success : CheckStatus.Failed,
        Result = errors.Count == 0 ? null : new Notifications { Errors = errors },
        SourceInfo = source,
    };
}
