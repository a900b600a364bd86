namespace VCRunbooks.Server.RunbookFiles;

/// <summary>The files of a runbooks folder on disk, as repository-relative paths in a stable order (hidden folders such as .git left out).</summary>
internal static class RunbookFolder
{
    public static IReadOnlyList<string> Files(string folder)
    {
        var root = Path.GetFullPath(folder);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => !p.Split('/').Any(segment => segment.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
