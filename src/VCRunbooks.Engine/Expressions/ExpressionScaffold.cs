using System.Text;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Engine.Expressions;

/// <summary>
/// The generated class that hosts a definition's expressions: typed accessors for inputs and variables, and one
/// method per expression whose body is a placeholder. Only names the validator accepted and type names go into
/// this text; author code never does: it is parsed on its own and put in as a syntax node.
/// </summary>
internal static class ExpressionScaffold
{
    public const string ClassName = "__RunbookExpressions";
    public const string BudgetName = "__b";

    public static string Placeholder(int index) => "__expression" + index;

    public static string Generate(IReadOnlyList<RunbookParameter> inputs, IReadOnlyList<RunbookParameter> variables, IReadOnlyList<ExpressionSource> expressions)
    {
        var sb = new StringBuilder();
        sb.AppendLine("using System; using System.Linq; using System.Collections.Generic; using System.Text.Json.Nodes;");
        sb.AppendLine("using VCRunbooks.Engine.Expressions; using VCRunbooks.Engine.CodeGuard;");
        AppendAccessors(sb, "__Inputs", "Input", inputs);
        AppendAccessors(sb, "__Variables", "Variable", variables);
        sb.Append("public static class ").Append(ClassName).AppendLine(" {");
        sb.Append("public static object Evaluate(int i, ExpressionScope s, CodeBudget ").Append(BudgetName).AppendLine(") { switch (i) {");
        for (var i = 0; i < expressions.Count; i++)
        {
            sb.Append("case ").Append(i).Append(": return E").Append(i).Append("(s, ").Append(BudgetName).AppendLine(");");
        }

        sb.AppendLine("default: throw new ArgumentOutOfRangeException(nameof(i)); } }");
        for (var i = 0; i < expressions.Count; i++)
        {
            sb.Append("public static ").Append(ReturnTypeName(expressions[i].ResultType)).Append(" E").Append(i)
                .Append("(ExpressionScope __s, CodeBudget ").Append(BudgetName).AppendLine(") {");
            sb.AppendLine("var Inputs = new __Inputs(__s); var Variables = new __Variables(__s); var Item = __s.Item; var Index = __s.Index; var RunId = __s.RunId; Func<string, string, JsonNode> Output = __s.Output;");
            sb.Append("return ").Append(Placeholder(i)).AppendLine(";");
            sb.AppendLine("}");
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    private static void AppendAccessors(StringBuilder sb, string className, string method, IReadOnlyList<RunbookParameter> parameters)
    {
        sb.Append("public sealed class ").Append(className).AppendLine(" {");
        sb.AppendLine("private readonly ExpressionScope s;");
        sb.Append("public ").Append(className).AppendLine("(ExpressionScope s) { this.s = s; }");
        foreach (var p in parameters)
        {
            if (!SyntaxFacts.IsValidIdentifier(p.Name) || SyntaxFacts.GetKeywordKind(p.Name) != SyntaxKind.None)
            {
                throw new ArgumentException($"'{p.Name}' is not a valid parameter name.", nameof(parameters));
            }

            var type = ValueTypes.TryGetClrType(p.Type, out var clr) ? TypeName(clr) : "JsonNode";
            sb.Append("public ").Append(type).Append(' ').Append(p.Name).Append(" => s.").Append(method).Append('<').Append(type).Append(">(\"").Append(p.Name).AppendLine("\");");
        }

        sb.AppendLine("}");
    }

    /// <summary>JSON-valued inputs take any expression value and convert it; typed inputs must produce their type.</summary>
    private static string ReturnTypeName(Type type) =>
        typeof(JsonNode).IsAssignableFrom(type) || type == typeof(object) ? "object" : TypeName(type);

    internal static string TypeName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return TypeName(inner) + "?";
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericType)
        {
            var name = type.GetGenericTypeDefinition().FullName!;
            name = name[..name.IndexOf('`', StringComparison.Ordinal)];
            return "global::" + name.Replace('+', '.') + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">";
        }

        return type == typeof(object) ? "object" : "global::" + type.FullName!.Replace('+', '.');
    }
}
