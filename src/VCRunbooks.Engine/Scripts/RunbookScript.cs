namespace VCRunbooks.Engine.Scripts;

/// <summary>
/// The C# code of a script runbook (<c>runbooks/*.csx</c>), carried by its definition: runs of a version replay
/// exactly this code. <see cref="Hash"/> is the SHA-256 of <see cref="Code"/>; <see cref="Commit"/> is the git commit
/// the code came from, when a sync recorded one.
/// </summary>
public sealed record RunbookScript
{
    /// <summary>The file the code came from (e.g. <c>runbooks/patching.csx</c>); compile errors name it.</summary>
    public required string File { get; init; }

    /// <summary>The script's full source text, at most <see cref="ScriptRunbook.MaxLength"/> characters.</summary>
    public required string Code { get; init; }

    /// <summary>Lower-case hex SHA-256 of the code (UTF-8): the version's content hash, and the compile cache key's core.</summary>
    public string? Hash { get; init; }

    /// <summary>The git commit SHA of the file, when the runbook was synced from git.</summary>
    public string? Commit { get; init; }
}
