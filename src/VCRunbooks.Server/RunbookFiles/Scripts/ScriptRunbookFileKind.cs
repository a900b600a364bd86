using System.Globalization;
using System.Text.RegularExpressions;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Scripts;

namespace VCRunbooks.Server.RunbookFiles.Scripts;

/// <summary>
/// C# script runbooks (<c>*.csx</c>): the header and input declarations read without running the script, then the
/// engine's validator (compile, code guard, the generated activity API). Script errors already name
/// <c>file:line:col</c>; each is reported at that place.
/// </summary>
internal sealed partial class ScriptRunbookFileKind(IRunbookEngine engine) : IRunbookFileKind
{
    public const string KindName = "csx";

    public string Name => KindName;

    public bool Handles(string path) => path.EndsWith(ScriptRunbook.Extension, StringComparison.OrdinalIgnoreCase);

    public RunbookFileCheck Check(RunbookFile file)
    {
        RunbookDefinition definition;
        try
        {
            definition = ScriptRunbook.Parse(file.Path, file.Text);
        }
        catch (RunbookValidationException ex)
        {
            return new RunbookFileCheck(file.Path, Name, null, [.. ex.Errors.Select(e => Locate(file, e))], null);
        }

        var errors = engine.Validate(definition).Select(e => Locate(file, e)).ToList();
        return new RunbookFileCheck(file.Path, Name, definition.Id, errors, errors.Count == 0 ? definition : null);
    }

    /// <summary>An error whose path ends in <c>:line:col</c> at that place; any other (a whole-definition error) at 1:1.</summary>
    private static RunbookFileError Locate(RunbookFile file, ValidationError error)
    {
        if (Position().Match(error.Path) is { Success: true } at)
        {
            return new RunbookFileError(file.Path, int.Parse(at.Groups["line"].Value, CultureInfo.InvariantCulture),
                int.Parse(at.Groups["column"].Value, CultureInfo.InvariantCulture), error.Reason);
        }

        var where = error.Path == "$" ? string.Empty : error.Path + ": ";
        return new RunbookFileError(file.Path, 1, 1, where + error.Reason);
    }

    [GeneratedRegex(@":(?<line>\d+):(?<column>\d+)$")]
    private static partial Regex Position();
}
