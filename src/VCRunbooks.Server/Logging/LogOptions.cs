namespace VCRunbooks.Server.Logging;

/// <summary>Where logs go; bound from the <c>Log</c> configuration section.</summary>
public sealed class LogOptions
{
    /// <summary>The configuration section: <c>Log</c>.</summary>
    public const string SectionName = "Log";

    /// <summary>Least level written: Verbose, Debug, Information, Warning, Error, Fatal.</summary>
    public Serilog.Events.LogEventLevel MinimumLevel { get; set; } = Serilog.Events.LogEventLevel.Information;

    /// <summary>When set, also write compact JSON lines (CLEF) to this file, rolled daily; relative to the data folder.</summary>
    public string? JsonFilePath { get; set; }

    /// <summary>Console as JSON lines instead of text (containers).</summary>
    public bool JsonConsole { get; set; }
}
