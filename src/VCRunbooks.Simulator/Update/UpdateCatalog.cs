using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Update;

namespace VCRunbooks.Simulator.Update;

/// <summary>The metadata of an update version, made from the simulator's version catalog.</summary>
internal static class UpdateCatalog
{
    public const long SizeMb = 5120;

    public static UpdateSummary Summary(string version)
    {
        var release = VersionCatalog.Find(version);
        return new UpdateSummary
        {
            Version = version,
            Name = release.Name,
            Description = Description(release),
            Priority = UpdatePriority.High,
            Severity = UpdateSeverity.Important,
            UpdateType = UpdateCategory.Fix,
            ReleaseDate = release.ReleaseDate,
            RebootRequired = true,
            Size = SizeMb,
        };
    }

    public static PendingInfo Pending(string version, bool staged)
    {
        var s = Summary(version);
        return new PendingInfo
        {
            Name = s.Name,
            Contents = [LocalizableMessage.Of("com.vmware.appliance.update.contents", $"Security and bug fixes in {s.Name}.")],
            ServicesWillBeStopped = [.. StoppedServices.Select(n => new StoppedServiceInfo { Service = n, Description = LocalizableMessage.Of("com.vmware.appliance.update.service." + n, $"The {n} service is stopped while the update installs.") })],
            Eulas = [LocalizableMessage.Of("com.vmware.appliance.update.eula", "VMware End User License Agreement")],
            Staged = staged,
            KnowledgeBase = new Uri("https://kb.vmware.com/s/article/" + version.Replace(".", "", StringComparison.Ordinal)),
            Description = s.Description,
            Priority = s.Priority,
            Severity = s.Severity,
            UpdateType = s.UpdateType,
            ReleaseDate = s.ReleaseDate,
            RebootRequired = s.RebootRequired,
            Size = s.Size,
        };
    }

    public static StagedInfo Staged(string version, bool complete)
    {
        var s = Summary(version);
        return new StagedInfo
        {
            StagingComplete = complete,
            Version = version,
            Name = s.Name,
            Description = s.Description,
            Priority = s.Priority,
            Severity = s.Severity,
            UpdateType = s.UpdateType,
            ReleaseDate = s.ReleaseDate,
            RebootRequired = s.RebootRequired,
            Size = s.Size,
        };
    }

    public static readonly IReadOnlyList<string> StoppedServices = ["vpxd", "vsphere-ui", "vmware-vpostgres"];

    private static LocalizableMessage Description(VersionCatalog.Release release) =>
        LocalizableMessage.Of("com.vmware.appliance.update.description", $"{release.Name} (build {release.Build})", release.Version);
}
