namespace VCRunbooks.Server.RunbookFiles;

/// <summary>
/// The version a file is published as; <see cref="Changed"/> is false when it matched the latest one and nothing was
/// published. A file that defines something other than a runbook (a trigger) names it in <see cref="DefinitionId"/>.
/// </summary>
internal sealed record RunbookFilePublished(int Version, bool Changed, IReadOnlyList<RunbookFileError> Errors, string? DefinitionId = null)
{
    public static RunbookFilePublished Unchanged(int version) => new(version, false, []);
}
