namespace VCRunbooks.Simulator.Appliances;

/// <summary>Builds and release dates of the vCenter versions the simulator knows.</summary>
internal static class VersionCatalog
{
    public sealed record Release(string Version, string Build, DateTimeOffset ReleaseDate, string Name);

    private static readonly Release[] Releases =
    [
        new("7.0.3.01800", "22837322", new(2023, 11, 30, 0, 0, 0, TimeSpan.Zero), "vCenter Server 7.0 Update 3o"),
        new("8.0.1.00000", "21560480", new(2023, 4, 18, 0, 0, 0, TimeSpan.Zero), "vCenter Server 8.0 Update 1"),
        new("8.0.2.00000", "22385739", new(2023, 9, 21, 0, 0, 0, TimeSpan.Zero), "vCenter Server 8.0 Update 2"),
        new("8.0.2.00100", "22617221", new(2023, 10, 26, 0, 0, 0, TimeSpan.Zero), "vCenter Server 8.0 Update 2a"),
        new("8.0.2.00200", "23319993", new(2024, 3, 5, 0, 0, 0, TimeSpan.Zero), "vCenter Server 8.0 Update 2c"),
        new("8.0.2.00300", "23504390", new(2024, 5, 21, 0, 0, 0, TimeSpan.Zero), "vCenter Server 8.0 Update 2d"),
        new("8.0.3.00000", "24022515", new(2024, 6, 25, 0, 0, 0, TimeSpan.Zero), "vCenter Server 8.0 Update 3"),
    ];

    public static Release Find(string version) =>
        Releases.FirstOrDefault(r => r.Version == version)
        ?? new Release(version, (Math.Abs(StringComparer.Ordinal.GetHashCode(version)) % 10_000_000 + 20_000_000).ToString(), new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), "vCenter Server " + version);

    public static bool IsNewer(string candidate, string than) => Parse(candidate) > Parse(than);

    private static Version Parse(string version) =>
        System.Version.TryParse(version, out var parsed) ? parsed : new Version(0, 0);
}
