using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Update;

/// <summary>The staged update.</summary>
public sealed record StagedInfo
{
    /// <summary>Whether the download has finished; false while staging.</summary>
    public required bool StagingComplete { get; init; }
    /// <summary>Version in the form X.Y.Z.P.</summary>
    public required string Version { get; init; }
    /// <summary>Name of the update.</summary>
    public required string Name { get; init; }
    /// <summary>Short description of the update.</summary>
    public required LocalizableMessage Description { get; init; }
    /// <summary>How urgently to install it.</summary>
    public required UpdatePriority Priority { get; init; }
    /// <summary>Severity of the issues it fixes.</summary>
    public required UpdateSeverity Severity { get; init; }
    /// <summary>Kind of update (wire <c>update_type</c>).</summary>
    public required UpdateCategory UpdateType { get; init; }
    /// <summary>When it was released.</summary>
    public required DateTimeOffset ReleaseDate { get; init; }
    /// <summary>Whether the appliance reboots to install it.</summary>
    public required bool RebootRequired { get; init; }
    /// <summary>Download size in MB.</summary>
    public required long Size { get; init; }
}
