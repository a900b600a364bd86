namespace VCRunbooks.Engine;

/// <summary>Where a published version came from: a file (relative path), the revision it was read at (a git commit) and its author.</summary>
public sealed record DefinitionSource(string Path, string? Revision = null, string? Author = null);
