using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Engine.Scripts;

/// <summary>
/// Reads a script runbook's file into a definition without running or compiling it: the header comments
/// (<c>// id:</c>, <c>// name:</c>, <c>// description:</c>) and the inputs its top-level <c>Input&lt;T&gt;(...)</c>
/// declarations name. Validation and publishing then compile it through the code guard
/// (<see cref="IRunbookEngine.Validate"/>, <see cref="IRunbookEngine.PublishAsync(RunbookDefinition, DefinitionSource?, CancellationToken)"/>), as for JSON runbooks.
/// </summary>
public static class ScriptRunbook
{
    /// <summary>The file extension of script runbooks.</summary>
    public const string Extension = ".csx";

    /// <summary>The longest script accepted, in characters.</summary>
    public const int MaxLength = 200_000;

    internal static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Regular);

    private static readonly Dictionary<string, string> ValueTypeOfSyntax = new(StringComparer.Ordinal)
    {
        ["string"] = "string", ["int"] = "int", ["long"] = "long", ["double"] = "double", ["bool"] = "bool",
        ["TimeSpan"] = "timespan", ["System.TimeSpan"] = "timespan", ["DateTimeOffset"] = "datetime", ["System.DateTimeOffset"] = "datetime",
        ["string[]"] = "string[]", ["int[]"] = "int[]", ["KeyValueMap"] = "map", ["JsonArray"] = "array", ["JsonObject"] = "object", ["JsonNode"] = "object",
    };

    /// <summary>
    /// The definition of the script in <paramref name="file"/> (a path used in errors; its name without extension is the
    /// id unless the header gives one). Throws <see cref="RunbookValidationException"/> whose errors are
    /// <c>file:line:col</c> paths when the header or an input declaration is wrong.
    /// </summary>
    public static RunbookDefinition Parse(string file, string code, string? commit = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length > MaxLength)
        {
            throw new RunbookValidationException([new ValidationError($"{file}:1:1", $"the script is {code.Length} characters long; the limit is {MaxLength}")]);
        }

        var tree = CSharpSyntaxTree.ParseText(code, ParseOptions, file);
        var root = tree.GetCompilationUnitRoot();
        var header = ReadHeader(root);
        var errors = new List<ValidationError>();
        var inputs = ReadInputs(root, file, errors);
        if (errors.Count > 0)
        {
            throw new RunbookValidationException(errors);
        }

        var id = header.GetValueOrDefault("id") ?? Path.GetFileNameWithoutExtension(file);
        return new RunbookDefinition
        {
            Id = id,
            Name = header.GetValueOrDefault("name") ?? id,
            Description = header.GetValueOrDefault("description"),
            Inputs = inputs,
            Script = new RunbookScript { File = file, Code = code, Hash = Hash(code), Commit = commit },
        };
    }

    /// <summary>The content hash of script code: lower-case hex SHA-256 of its UTF-8 bytes.</summary>
    public static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)));

    internal static string At(string file, FileLinePositionSpan span) =>
        string.Create(CultureInfo.InvariantCulture, $"{file}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}");

    /// <summary><c>// key: value</c> lines in the comments before the first line of code.</summary>
    private static Dictionary<string, string> ReadHeader(CompilationUnitSyntax root)
    {
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var trivia in root.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia)))
        {
            var text = trivia.ToString()[2..].Trim();
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && text[..colon].Trim() is "id" or "name" or "description" && text[(colon + 1)..].Trim() is { Length: > 0 } value)
            {
                var key = text[..colon].Trim();
                header[key] = header.TryGetValue(key, out var before) && key == "description" ? before + " " + value : value;
            }
        }

        return header;
    }

    private static List<RunbookParameter> ReadInputs(CompilationUnitSyntax root, string file, List<ValidationError> errors)
    {
        var inputs = new List<RunbookParameter>();
        foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>().Where(IsInputCall))
        {
            var where = At(file, call.GetLocation().GetLineSpan());
            if (call.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax { Parent: GlobalStatementSyntax } } } })
            {
                errors.Add(new(where, "Input declares a runbook input: use it only at the top level, as var name = Input<type>(\"name\", \"description\"[, default]);"));
                continue;
            }

            if (ReadInput(call, file, errors) is { } input)
            {
                if (inputs.Any(i => i.Name == input.Name))
                {
                    errors.Add(new(where, $"the input '{input.Name}' is declared twice"));
                    continue;
                }

                inputs.Add(input);
            }
        }

        return inputs;
    }

    internal static bool IsInputCall(InvocationExpressionSyntax call) =>
        call.Expression is GenericNameSyntax { Identifier.ValueText: "Input" } or IdentifierNameSyntax { Identifier.ValueText: "Input" };

    private static RunbookParameter? ReadInput(InvocationExpressionSyntax call, string file, List<ValidationError> errors)
    {
        var where = At(file, call.GetLocation().GetLineSpan());
        if (call.Expression is not GenericNameSyntax { TypeArgumentList.Arguments: [var typeSyntax] })
        {
            errors.Add(new(where, "an input names its type: Input<string>(\"name\", \"description\")"));
            return null;
        }

        var nullable = typeSyntax is NullableTypeSyntax;
        var typeText = (typeSyntax is NullableTypeSyntax n ? n.ElementType : typeSyntax).ToString().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!ValueTypeOfSyntax.TryGetValue(typeText, out var valueType))
        {
            errors.Add(new(At(file, typeSyntax.GetLocation().GetLineSpan()), $"'{typeSyntax}' is not an input type; use one of {string.Join(", ", ValueTypeOfSyntax.Keys.Where(k => !k.Contains('.', StringComparison.Ordinal)))}"));
            return null;
        }

        var arguments = call.ArgumentList.Arguments;
        if (arguments.Count is < 2 or > 3 || arguments.Any(a => a.NameColon is not null || a.RefKindKeyword.IsKind(SyntaxKind.RefKeyword) || a.RefKindKeyword.IsKind(SyntaxKind.OutKeyword)))
        {
            errors.Add(new(where, "an input is declared as Input<type>(\"name\", \"description\"[, default]) with positional arguments"));
            return null;
        }

        if (Literal(arguments[0].Expression) is not JsonValue nameValue || !nameValue.TryGetValue<string>(out var name)
            || !SyntaxFacts.IsValidIdentifier(name) || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            errors.Add(new(At(file, arguments[0].GetLocation().GetLineSpan()), "the input's name is a string literal that is a C# identifier, e.g. \"target\""));
            return null;
        }

        if (Literal(arguments[1].Expression) is not JsonValue descriptionValue || !descriptionValue.TryGetValue<string>(out var description))
        {
            errors.Add(new(At(file, arguments[1].GetLocation().GetLineSpan()), $"the description of input '{name}' is a string literal"));
            return null;
        }

        JsonNode? defaultValue = null;
        if (arguments.Count == 3)
        {
            var defaultSyntax = arguments[2].Expression;
            if (!TryDefault(defaultSyntax, out defaultValue))
            {
                errors.Add(new(At(file, defaultSyntax.GetLocation().GetLineSpan()), $"the default of input '{name}' must be a literal (a string, number, true/false, null, [..] of literals, or TimeSpan.FromMinutes(n) and the like)"));
                return null;
            }

            ValueTypes.TryGetClrType(valueType, out var clr);
            if (defaultValue is not null && !ValueTypes.TryConvert(defaultValue, clr, out _, out var error))
            {
                errors.Add(new(At(file, defaultSyntax.GetLocation().GetLineSpan()), $"the default of input '{name}' is not a {valueType}: {error}"));
                return null;
            }
        }

        return new RunbookParameter
        {
            Name = name,
            Type = valueType,
            Required = arguments.Count == 2 && !nullable,
            Default = defaultValue,
            Description = description.Length == 0 ? null : description,
        };
    }

    private static bool TryDefault(ExpressionSyntax syntax, out JsonNode? value)
    {
        value = null;
        switch (syntax)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NullLiteralExpression):
                return true;
            case LiteralExpressionSyntax or PrefixUnaryExpressionSyntax:
                value = Literal(syntax);
                return value is not null;
            case CollectionExpressionSyntax collection:
                var array = new JsonArray();
                foreach (var element in collection.Elements)
                {
                    if (element is not ExpressionElementSyntax { Expression: var e } || Literal(e) is not { } item)
                    {
                        return false;
                    }

                    array.Add(item);
                }

                value = array;
                return true;
            case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "TimeSpan" }, Name.Identifier.ValueText: "Zero" }:
                value = JsonValue.Create(TimeSpan.Zero.ToString("c", CultureInfo.InvariantCulture));
                return true;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "TimeSpan" }, Name.Identifier.ValueText: var unit }, ArgumentList.Arguments: [var amount] }
                when Literal(amount.Expression) is JsonValue number && number.GetValueKind() == System.Text.Json.JsonValueKind.Number
                    && double.TryParse(number.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n):
                TimeSpan? span = unit switch
                {
                    "FromMilliseconds" => TimeSpan.FromMilliseconds(n),
                    "FromSeconds" => TimeSpan.FromSeconds(n),
                    "FromMinutes" => TimeSpan.FromMinutes(n),
                    "FromHours" => TimeSpan.FromHours(n),
                    "FromDays" => TimeSpan.FromDays(n),
                    _ => null,
                };
                value = span is { } s ? JsonValue.Create(s.ToString("c", CultureInfo.InvariantCulture)) : null;
                return value is not null;
            default:
                return false;
        }
    }

    private static JsonValue? Literal(ExpressionSyntax syntax) => syntax switch
    {
        LiteralExpressionSyntax l when l.IsKind(SyntaxKind.StringLiteralExpression) => JsonValue.Create(l.Token.ValueText),
        LiteralExpressionSyntax l when l.IsKind(SyntaxKind.TrueLiteralExpression) => JsonValue.Create(true),
        LiteralExpressionSyntax l when l.IsKind(SyntaxKind.FalseLiteralExpression) => JsonValue.Create(false),
        LiteralExpressionSyntax l when l.IsKind(SyntaxKind.NumericLiteralExpression) => Number(l.Token.Value),
        PrefixUnaryExpressionSyntax p when p.IsKind(SyntaxKind.UnaryMinusExpression) && p.Operand is LiteralExpressionSyntax inner && inner.IsKind(SyntaxKind.NumericLiteralExpression) => Negate(inner.Token.Value),
        _ => null,
    };

    private static JsonValue? Number(object? value) => value switch
    {
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        float f => JsonValue.Create((double)f),
        decimal m => JsonValue.Create(m),
        _ => null,
    };

    private static JsonValue? Negate(object? value) => value switch
    {
        int i => JsonValue.Create(-i),
        long l => JsonValue.Create(-l),
        double d => JsonValue.Create(-d),
        float f => JsonValue.Create(-(double)f),
        decimal m => JsonValue.Create(-m),
        _ => null,
    };
}
