using System.Globalization;
using System.Text.RegularExpressions;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Server.RunbookFiles.Json;

/// <summary>
/// JSON flowchart runbooks (<c>*.json</c>, except under <c>triggers/</c>): read with the runbook file rules and checked
/// by the engine's validator (schema, graph, activity catalog, C# expressions), each error at its line and column.
/// </summary>
internal sealed partial class JsonRunbookFileKind(IRunbookEngine engine) : IRunbookFileKind
{
    public const string KindName = "json";

    public string Name => KindName;

    public bool Handles(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !path.StartsWith("triggers/", StringComparison.OrdinalIgnoreCase);

    public RunbookFileCheck Check(RunbookFile file)
    {
        var positions = JsonPositions.Of(file.Text);
        RunbookDefinition definition;
        try
        {
            definition = RunbookJson.Parse(file.Text);
        }
        catch (RunbookValidationException ex)
        {
            return new RunbookFileCheck(file.Path, Name, null, [.. ex.Errors.Select(e => Locate(file, positions, e))], null);
        }

        var errors = engine.Validate(definition).Select(e => Locate(file, positions, e)).ToList();
        return new RunbookFileCheck(file.Path, Name, string.IsNullOrWhiteSpace(definition.Id) ? null : definition.Id, errors, errors.Count == 0 ? definition : null);
    }

    /// <summary>A validator error at the place in the file its path names; a C# error inside an expression at its own column.</summary>
    private static RunbookFileError Locate(RunbookFile file, JsonPositions positions, ValidationError error)
    {
        var reason = error.Reason;
        var (line, column) = positions.Find(error.Path);
        if (ParserPosition().Match(reason) is { Success: true } parser)
        {
            reason = parser.Groups["reason"].Value;
            // A syntax error is where the reader stopped; a wrong type or unknown member is at its value or name.
            (line, column) = reason.StartsWith("is not valid JSON", StringComparison.Ordinal)
                ? (int.Parse(parser.Groups["line"].Value, CultureInfo.InvariantCulture), int.Parse(parser.Groups["column"].Value, CultureInfo.InvariantCulture))
                : positions.FindValue(error.Path) ?? (line, column);
        }
        else if (CSharpPosition().Match(reason) is { Success: true } csharp && positions.FindValue(error.Path + ".expr") is { } code)
        {
            // An expression on one line of the file: the error's column inside the code, past the opening quote.
            var codeLine = int.Parse(csharp.Groups["line"].Value, CultureInfo.InvariantCulture);
            var codeColumn = int.Parse(csharp.Groups["column"].Value, CultureInfo.InvariantCulture);
            (line, column) = codeLine == 1 ? (code.Line, code.Column + codeColumn) : code;
            reason = $"C# error {csharp.Groups["id"].Value}: {csharp.Groups["message"].Value}" + (codeLine == 1 ? string.Empty : $" (line {codeLine}, column {codeColumn} of the expression)");
        }

        var where = error.Path == "$" ? string.Empty : error.Path + ": ";
        return new RunbookFileError(file.Path, line, column, where + reason);
    }

    [GeneratedRegex(@"^(?<reason>.*) \(line (?<line>\d+), column (?<column>\d+)\)$", RegexOptions.Singleline)]
    private static partial Regex ParserPosition();

    [GeneratedRegex(@"^C# error (?<id>\S+) at line (?<line>\d+), column (?<column>\d+): (?<message>.*)$", RegexOptions.Singleline)]
    private static partial Regex CSharpPosition();
}
