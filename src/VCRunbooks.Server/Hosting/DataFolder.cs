namespace VCRunbooks.Server.Hosting;

/// <summary>The server's data folder, resolved once and created on first use.</summary>
internal sealed class DataFolder
{
    public DataFolder(string path)
    {
        Path = ServerPaths.Resolve(path);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Read before the container is built, because storage registrations need the path.</summary>
    public static DataFolder FromConfiguration(IConfiguration configuration) =>
        new(configuration[$"{ServerOptions.SectionName}:{nameof(ServerOptions.DataPath)}"] ?? new ServerOptions().DataPath);
}
