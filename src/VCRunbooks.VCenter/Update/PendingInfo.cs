using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Update;

/// <summary>Details of one pending update.</summary>
public sealed record PendingInfo
{
    /// <summary>Name of the update.</summary>
    public required string Name { get; init; }
    /// <summary>Issues fixed and features added since the installed version.</summary>
    public required IReadOnlyList<LocalizableMessage> Contents { get; init; }
    /// <summary>Services stopped and restarted during the install.</summary>
    public required IReadOnlyList<StoppedServiceInfo> ServicesWillBeStopped { get; init; }
    /// <summary>The license agreements the install accepts; depends on what is installed.</summary>
    public required IReadOnlyList<LocalizableMessage> Eulas { get; init; }
    /// <summary>Whether the update is already staged.</summary>
    public required bool Staged { get; init; }
    /// <summary>URL of the knowledge base article about the update.</summary>
    public required Uri KnowledgeBase { get; init; }
    /// <summary>Short description, e.g. "Update 2 for vCenter Server Appliance 8.0".</summary>
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
