namespace VCRunbooks.Engine;

/// <summary>A published definition version.</summary>
public sealed record DefinitionSummary(string Id, int Version, string Name)
{
    /// <summary>The file, commit and author it was published from; null when published through the API.</summary>
    public DefinitionSource? Source { get; init; }

    /// <summary>Why new runs of this runbook are refused (it was retracted), or null when they are allowed.</summary>
    public string? Retracted { get; init; }
}
