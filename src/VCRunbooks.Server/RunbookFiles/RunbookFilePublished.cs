namespace VCRunbooks.Server.RunbookFiles;

/// <summary>The version a file is published as; <see cref="Changed"/> is false when it matched the latest one and nothing was published.</summary>
internal sealed record RunbookFilePublished(int Version, bool Changed, IReadOnlyList<RunbookFileError> Errors)
{
    public static RunbookFilePublished Unchanged(int version) => new(version, false, []);
}
