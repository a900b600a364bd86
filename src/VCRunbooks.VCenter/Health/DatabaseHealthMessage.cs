using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Health;

/// <summary>One finding of the database health check.</summary>
public sealed record DatabaseHealthMessage
{
    public required DatabaseMessageSeverity Severity { get; init; }
    public required LocalizableMessage Message { get; init; }
}
