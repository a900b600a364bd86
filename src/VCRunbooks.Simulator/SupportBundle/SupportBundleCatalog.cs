namespace VCRunbooks.Simulator.SupportBundle;

/// <summary>The component groups (manifests) a simulated appliance can collect, and the partitions it can write to.</summary>
internal static class SupportBundleCatalog
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Components = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["ApplianceManagement"] = ["applmgmt", "vami", "syslog", "networking"],
        ["CloudInfrastructure"] = ["vpxd", "vmon", "rhttpproxy", "sps", "eam", "lookupsvc"],
        ["Database"] = ["vpostgres", "vcdb-stats"],
        ["Identity"] = ["sso", "sts", "vmdir", "vmca"],
        ["Lifecycle"] = ["vlcm", "update", "backup"],
    };

    /// <summary>Partitions with room for a bundle (appliance.system.Storage names).</summary>
    public static readonly IReadOnlySet<string> Partitions = new HashSet<string>(StringComparer.Ordinal) { "log", "core", "updatemgr" };

    public const string DefaultPartition = "log";
}
