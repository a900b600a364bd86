namespace VCRunbooks.Server.Hosting;

/// <summary>
/// Resolves relative paths (data, runbooks) against the repository root when the server runs from a checkout —
/// <c>dotnet run --project</c> starts it in the project folder — and against the working directory otherwise.
/// </summary>
internal static class ServerPaths
{
    private const string RootMarker = "VCRunbooks.sln";

    private static readonly Lazy<string> Root = new(() => FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory());

    public static string Resolve(string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(Root.Value, path));

    internal static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, RootMarker)))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
