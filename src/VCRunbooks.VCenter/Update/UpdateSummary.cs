using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Update;

/// <summary>One available update, as the pending list shows it.</summary>
public sealed record UpdateSummary
{
    /// <summary>Version in the form X.Y.Z.P, e.g. <c>8.0.2.00100</c>; the id the pending operations take.</summary>
    public required string Version { get; init; }
    /// <summary>Name of the update.</summary>
    public required string Name { get; init; }
    /// <summary>Short description, e.g. "Update 2 for vCenter Server Appliance 8.0".</summary>
    public required LocalizableMessage Description { get; init; }
    /// <summary>How urgently to install it.</summary>
    public required UpdatePriority Priority { get; init; }
    /// <summary>Severity of the issues it fixes.</summary>
    public required UpdateSeverity Severity { get; init; }
    /// <summary>Kind of update (wire <c>update_type</c>, an update category).</summary>
    public required UpdateCategory UpdateType { get; init; }
    /// <summary>When it was released.</summary>
    public required DateTimeOffset ReleaseDate { get; init; }
    /// <summary>Whether the appliance reboots to install it.</summary>
    public required bool RebootRequired { get; init; }
    /// <summary>Download size in MB.</summary>
    public required long Size { get; init; }
}
