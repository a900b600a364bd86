using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Health;

/// <summary>One finding of the database health check.</summary>
public sealed record DatabaseHealthMessage
{
    /// <summary>How serious the issue is.</summary>
    public required DatabaseMessageSeverity Severity { get; init; }
    /// <summary>What the issue is.</summary>
    public required LocalizableMessage Message { get; init; }
}
