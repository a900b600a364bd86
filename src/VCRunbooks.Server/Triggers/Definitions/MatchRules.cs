namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>When a payload is for a trigger: every condition of <see cref="All"/> and, when given, at least one of <see cref="Any"/>.</summary>
internal sealed record MatchRules
{
    public IReadOnlyList<MatchCondition> All { get; init; } = [];

    public IReadOnlyList<MatchCondition> Any { get; init; } = [];
}
