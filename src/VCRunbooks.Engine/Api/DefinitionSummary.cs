namespace VCRunbooks.Engine;

/// <summary>A published definition version.</summary>
public sealed record DefinitionSummary(string Id, int Version, string Name);
