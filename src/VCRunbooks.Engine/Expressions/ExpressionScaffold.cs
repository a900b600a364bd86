using System.Text;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Engine.Expressions;

/// <summary>
/// The generated code that hosts a definition's expressions: typed accessors for inputs and variables, and one
/// class per 64 expressions, each method returning a placeholder. Only names the validator accepted and type names go
/// into this text; author code never does: it is parsed on its own and put in as a syntax node.
/// </summary>
internal static class ExpressionScaffold
{
    public const string BudgetName = "__b";

    /// <summary>Expressions per generated class and syntax tree: a tree per expression costs more per tree than it saves.</summary>
    public const int PerClass = 64;

    private const string Usings = "using System; using System.Linq; using System.Collections.Generic; using System.Text.Json.Nodes; using VCRunbooks.Engine.Expressions; using VCRunbooks.Engine.CodeGuard; using KeyValueMap = VCRunbooks.Engine.Definitions.KeyValueMap;";

    public static string Placeholder(int index) => "__expression" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The class that holds expression <paramref name="index"/>.</summary>
    public static string ClassName(int index) => "__Expressions" + (index / PerClass).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The untyped entry point of expression <paramref name="index"/>.</summary>
    public static string MethodName(int index) => "E" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The generated types author code may use: the scope every expression class derives from, and its accessors.</summary>
    public static readonly string[] ScopeTypes = ["__Scope", "__Inputs", "__Variables"];

    /// <summary>
    /// The typed accessors of <c>Inputs</c> and <c>Variables</c>, and the base class that gives every expression its
    /// names (<c>Inputs</c>, <c>Variables</c>, <c>Item</c>, <c>Index</c>, <c>RunId</c>, <c>Output</c>) without a local per method.
    /// </summary>
    public static string Accessors(IReadOnlyList<RunbookParameter> inputs, IReadOnlyList<RunbookParameter> variables)
    {
        var sb = new StringBuilder().AppendLine(Usings);
        AppendAccessors(sb, "__Inputs", "Input", inputs);
        AppendAccessors(sb, "__Variables", "Variable", variables);
        sb.AppendLine($$"""
            public abstract class __Scope {
            protected readonly ExpressionScope __s; protected readonly CodeBudget {{BudgetName}};
            protected __Scope(ExpressionScope s, CodeBudget b) { __s = s; {{BudgetName}} = b; Inputs = new __Inputs(s); Variables = new __Variables(s); }
            protected __Inputs Inputs { get; }
            protected __Variables Variables { get; }
            protected JsonNode Item => __s.Item;
            protected int Index => __s.Index;
            protected string RunId => __s.RunId;
            protected JsonNode Output(string activityId, string name) => __s.Output(activityId, name);
            protected T Output<T>(string activityId, string name) => __s.Output<T>(activityId, name);
            }
            """);
        return sb.ToString();
    }

    /// <summary>
    /// The class of expressions <paramref name="first"/> onwards (at most <see cref="PerClass"/>): per expression a
    /// static untyped entry point, and a method returning its input's type whose body returns a placeholder.
    /// </summary>
    public static string Class(int first, IReadOnlyList<ExpressionSource> expressions)
    {
        var name = ClassName(first);
        var sb = new StringBuilder().AppendLine(Usings);
        sb.Append("public sealed class ").Append(name).AppendLine(" : __Scope {");
        sb.Append("private ").Append(name).AppendLine("(ExpressionScope s, CodeBudget b) : base(s, b) { }");
        for (var i = first; i < Math.Min(first + PerClass, expressions.Count); i++)
        {
            sb.Append("public static object ").Append(MethodName(i)).Append("(ExpressionScope s, CodeBudget b) => new ").Append(name).Append("(s, b).T").Append(i).AppendLine("();");
            sb.Append("private ").Append(ReturnTypeName(expressions[i].ResultType)).Append(" T").Append(i).Append("() { return ").Append(Placeholder(i)).AppendLine("; }");
        }

        return sb.AppendLine("}").ToString();
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
