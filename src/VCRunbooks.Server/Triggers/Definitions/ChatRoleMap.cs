namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>The chat users and groups holding one role.</summary>
internal sealed record ChatRoleMap
{
    public IReadOnlyList<string> Users { get; init; } = [];

    public IReadOnlyList<string> Groups { get; init; } = [];
}
