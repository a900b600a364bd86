using System.Globalization;

namespace VCRunbooks.Server.RunbookFiles;

/// <summary>
/// Every file of a runbook folder checked by its kind, and the rules across files (one file per runbook id): what both
/// the validate command and the git sync go by.
/// </summary>
internal sealed class RunbookFolderCheck
{
    private RunbookFolderCheck(IReadOnlyList<RunbookFileCheck> checks, IReadOnlyList<string> skipped)
    {
        Checks = checks;
        Skipped = skipped;
    }

    /// <summary>One check per file some kind takes, in path order.</summary>
    public IReadOnlyList<RunbookFileCheck> Checks { get; }

    /// <summary>Files no kind takes.</summary>
    public IReadOnlyList<string> Skipped { get; }

    public IReadOnlyList<RunbookFileError> Errors => [.. Checks.SelectMany(c => c.Errors)];

    public static RunbookFolderCheck Run(RunbookFileKinds kinds, IEnumerable<RunbookFile> files)
    {
        var checks = new List<RunbookFileCheck>();
        var skipped = new List<string>();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (kinds.Find(file.Path) is { } kind)
            {
                checks.Add(kind.Check(file));
            }
            else
            {
                skipped.Add(file.Path);
            }
        }

        return Combine(checks, skipped);
    }

    /// <summary>Checks made file by file (some reused from an earlier pass), with the rules across files applied.</summary>
    public static RunbookFolderCheck Combine(IEnumerable<RunbookFileCheck> checks, IEnumerable<string> skipped) =>
        new(RejectDuplicateIds([.. checks.OrderBy(c => c.Path, StringComparer.Ordinal)]), [.. skipped.Order(StringComparer.Ordinal)]);

    /// <summary>"4 files: 3 valid, 1 invalid (2 errors), 1 skipped".</summary>
    public string Summary()
    {
        var invalid = Checks.Count(c => !c.Valid);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{Checks.Count + Skipped.Count} file{(Checks.Count + Skipped.Count == 1 ? "" : "s")}: {Checks.Count - invalid} valid, {invalid} invalid");
        if (invalid > 0)
        {
            var errors = Errors.Count;
            text += string.Create(CultureInfo.InvariantCulture, $" ({errors} error{(errors == 1 ? "" : "s")})");
        }

        return Skipped.Count > 0 ? text + string.Create(CultureInfo.InvariantCulture, $", {Skipped.Count} skipped") : text;
    }

    /// <summary>A second file defining an id already defined (in path order) is an error: which one would win is not a guess to make.</summary>
    private static List<RunbookFileCheck> RejectDuplicateIds(List<RunbookFileCheck> checks)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < checks.Count; i++)
        {
            if (checks[i].RunbookId is not { } id)
            {
                continue;
            }

            if (!first.TryAdd(id, checks[i].Path))
            {
                var duplicate = new RunbookFileError(checks[i].Path, 1, 1, $"runbook id '{id}' is already defined by {first[id]}; each runbook lives in one file");
                checks[i] = checks[i] with { Errors = [.. checks[i].Errors, duplicate], Parsed = null };
            }
        }

        return checks;
    }
}
