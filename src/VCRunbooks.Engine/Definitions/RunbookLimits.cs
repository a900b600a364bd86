using System.Text.RegularExpressions;

namespace VCRunbooks.Engine.Definitions;

/// <summary>
/// The documented limits of a definition, checked before anything costly (graph walks, compiling C#), so an
/// oversized or hostile definition is refused quickly and by name.
/// </summary>
public static partial class RunbookLimits
{
    /// <summary>Most activities in one definition.</summary>
    public const int MaxActivities = 2_000;

    /// <summary>Most connections in one definition.</summary>
    public const int MaxConnections = 10_000;

    /// <summary>Most C# expressions in one definition.</summary>
    public const int MaxExpressions = 2_000;

    /// <summary>Longest C# expression, in characters.</summary>
    public const int MaxExpressionLength = Expressions.ExpressionCompiler.MaxLength;

    /// <summary>Longest runbook or activity id.</summary>
    public const int MaxIdLength = 100;

    /// <summary>What a runbook id may be, in words, for error messages.</summary>
    public const string IdRule = "1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit";

    /// <summary>Null when <paramref name="id"/> is a valid runbook id; otherwise the reason, naming the rule.</summary>
    public static string? CheckId(string? id) =>
        id is not null && IdPattern().IsMatch(id) ? null : $"the id must be {IdRule}";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
