using System.ComponentModel.DataAnnotations;

namespace VCRunbooks.Server.Hosting;

/// <summary>Where the server keeps its files; bound from the <c>Server</c> configuration section.</summary>
public sealed class ServerOptions
{
    /// <summary>The configuration section: <c>Server</c>.</summary>
    public const string SectionName = "Server";

    /// <summary>Folder for the SQLite file, Data Protection keys and the first-run admin key; relative to the working directory.</summary>
    [Required]
    public string DataPath { get; set; } = "data";

    /// <summary>Folder runbooks are loaded from and exported to; relative to the working directory.</summary>
    [Required]
    public string RunbooksPath { get; set; } = "runbooks";

    /// <summary>Folder the web console is served from; by default wwwroot next to the server's assembly, where the build puts it.</summary>
    public string? ConsolePath { get; set; }
}
