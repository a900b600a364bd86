using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.Lifecycle;

namespace VCRunbooks.Simulator.Lifecycle;

/// <summary>
/// The vCenter releases newer than the installed one: every newer release of the version catalogue plus the
/// updates the appliance's repository offers. Same release (8.0.2.x) = PATCH, same major = UPDATE, else UPGRADE.
/// </summary>
internal static class PendingUpdates
{
    public static IReadOnlyList<PendingUpdateInfo> For(Appliance appliance)
    {
        var versions = KnownVersions().Concat(appliance.Spec.PendingUpdates)
            .Where(v => VersionCatalog.IsNewer(v, appliance.Version))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(v => Version.Parse(v));
        return [.. versions.Select(v => Info(appliance, v))];
    }

    private static IEnumerable<string> KnownVersions() =>
        ["7.0.3.01800", "8.0.1.00000", "8.0.2.00000", "8.0.2.00100", "8.0.2.00200", "8.0.2.00300", "8.0.3.00000"];

    private static PendingUpdateInfo Info(Appliance appliance, string version)
    {
        var release = VersionCatalog.Find(version);
        var type = LcmCatalog.Release(version) == LcmCatalog.Release(appliance.Version) ? UpdateType.Patch
            : version.Split('.')[0] == appliance.Version.Split('.')[0] ? UpdateType.Update
            : UpdateType.Upgrade;
        return new PendingUpdateInfo
        {
            PendingUpdate = version,
            Version = version,
            Description = release.Name,
            ReleaseDate = release.ReleaseDate,
            Build = release.Build,
            UpdateType = type,
            Severity = type switch { UpdateType.Patch => UpdateSeverity.Important, UpdateType.Update => UpdateSeverity.Moderate, _ => UpdateSeverity.Low },
            Category = type switch { UpdateType.Patch => UpdateCategory.Security, UpdateType.Update => UpdateCategory.Update, _ => UpdateCategory.Upgrade },
            RebootRequired = true,
            // In-place updates run from the appliance management interface; upgrades need the installer ISO.
            ExecuteUrl = type == UpdateType.Upgrade
                ? $"https://customerconnect.vmware.com/downloads/VMware-VCSA-all-{version}-{release.Build}.iso"
                : $"https://{appliance.Name}:5480/#/ui/update",
            ReleaseNotes = [$"https://docs.vmware.com/en/VMware-vSphere/{string.Join('.', version.Split('.').Take(2))}/rn/vsphere-vcenter-server-{version.Replace(".", "", StringComparison.Ordinal)}-release-notes.html"],
        };
    }

    public static PendingUpdateSummary Summary(PendingUpdateInfo info) => new()
    {
        PendingUpdate = info.PendingUpdate,
        Version = info.Version,
        ReleaseDate = info.ReleaseDate,
        Severity = info.Severity,
        Build = info.Build,
        UpdateType = info.UpdateType,
        Category = info.Category,
        RebootRequired = info.RebootRequired,
        ExecuteUrl = info.ExecuteUrl,
        ReleaseNotes = info.ReleaseNotes,
    };
}
