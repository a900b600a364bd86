namespace VCRunbooks.Activities.Tests.Infrastructure;

/// <summary>The runbooks/ folder of the repository, as copied next to the tests.</summary>
public static class RunbookFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "runbooks");

    public static IReadOnlyList<string> All() => Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal).ToList();

    /// <summary>The C# script runbooks (runbooks/*.csx).</summary>
    public static IReadOnlyList<string> Scripts() => Directory.GetFiles(Folder, "*.csx").Order(StringComparer.Ordinal).ToList();
}
