namespace VCRunbooks.Simulator.Lifecycle;

/// <summary>
/// The products vCenter's lifecycle manager knows, their versions, and which vCenter releases (major.minor.update)
/// each version works with: the simulator's interoperability matrix.
/// </summary>
internal static class LcmCatalog
{
    private static readonly Dictionary<string, Dictionary<string, string[]>> Matrix = new(StringComparer.OrdinalIgnoreCase)
    {
        ["VMware NSX"] = new() { ["3.2.3"] = ["7.0.3", "8.0.1", "8.0.2"], ["4.1.2"] = ["7.0.3", "8.0.1", "8.0.2", "8.0.3"], ["4.2.0"] = ["8.0.2", "8.0.3"] },
        ["VMware vSphere Replication"] = new() { ["8.6"] = ["7.0.3", "8.0.1"], ["8.7"] = ["8.0.1", "8.0.2"], ["8.8"] = ["8.0.2", "8.0.3"] },
        ["VMware Site Recovery Manager"] = new() { ["8.6"] = ["7.0.3", "8.0.1"], ["8.7"] = ["8.0.1", "8.0.2"], ["8.8"] = ["8.0.2", "8.0.3"] },
        ["VMware Aria Operations"] = new() { ["8.12"] = ["7.0.3", "8.0.1", "8.0.2"], ["8.14"] = ["7.0.3", "8.0.2", "8.0.3"], ["8.16"] = ["8.0.2", "8.0.3"] },
        ["VMware Aria Automation"] = new() { ["8.12"] = ["7.0.3", "8.0.1"], ["8.14"] = ["8.0.1", "8.0.2"], ["8.16"] = ["8.0.2", "8.0.3"] },
        ["VMware HCX"] = new() { ["4.6"] = ["7.0.3", "8.0.1"], ["4.8"] = ["7.0.3", "8.0.2"], ["4.9"] = ["8.0.2", "8.0.3"] },
    };

    public static IEnumerable<(string Name, IReadOnlyList<string> Versions)> Products =>
        Matrix.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, (IReadOnlyList<string>)[.. p.Value.Keys]));

    public static string? CanonicalName(string name) => Matrix.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));

    public static bool HasVersion(string product, string version) =>
        Matrix.TryGetValue(product, out var versions) && versions.ContainsKey(version);

    /// <summary>The versions of <paramref name="product"/> that work with vCenter <paramref name="vcenterRelease"/>.</summary>
    public static IReadOnlyList<string> CompatibleVersions(string product, string vcenterRelease) =>
        Matrix.TryGetValue(product, out var versions)
            ? [.. versions.Where(v => v.Value.Contains(vcenterRelease, StringComparer.Ordinal)).Select(v => v.Key)]
            : [];

    /// <summary>8.0.2.00300 → 8.0.2: the release the matrix speaks of.</summary>
    public static string Release(string version) => string.Join('.', version.Split('.').Take(3));
}
