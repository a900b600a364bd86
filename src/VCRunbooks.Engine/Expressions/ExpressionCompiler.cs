using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Engine.Expressions;

/// <summary>
/// Compiles every expression of a definition into one in-memory assembly: one typed static method per
/// expression, each behind a #line directive so errors map back to the expression's own line and column.
/// </summary>
internal static class ExpressionCompiler
{
    private static readonly string[] ReferenceNames =
    [
        "System.Private.CoreLib", "System.Runtime", "System.Collections", "System.Linq", "System.Text.Json",
        "System.Text.RegularExpressions", "System.Memory", "netstandard", "System.Runtime.Extensions",
    ];

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    public static (CompiledExpressions? Compiled, IReadOnlyList<ExpressionDiagnostic> Errors) Compile(
        string assemblyName, IReadOnlyList<RunbookParameter> inputs, IReadOnlyList<RunbookParameter> variables, IReadOnlyList<ExpressionSource> expressions)
    {
        if (expressions.Count == 0)
        {
            return (CompiledExpressions.Empty, []);
        }

        var source = Generate(inputs, variables, expressions);
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [tree],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Disable));
        using var pe = new MemoryStream();
        var result = compilation.Emit(pe);
        if (!result.Success)
        {
            var errors = result.Diagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d =>
                {
                    var span = d.Location.GetMappedLineSpan();
                    return new ExpressionDiagnostic(span.HasMappedPath ? span.Path : "$", span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, d.Id, d.GetMessage());
                })
                .ToList();
            return (null, errors);
        }

        pe.Position = 0;
        var assembly = new AssemblyLoadContext(assemblyName).LoadFromStream(pe);
        var method = assembly.GetType("__RunbookExpressions")!.GetMethod("Evaluate", BindingFlags.Public | BindingFlags.Static)!;
        var evaluate = method.CreateDelegate<Func<int, ExpressionScope, object?>>();
        var index = expressions.Select((e, i) => (e.Path, i)).ToDictionary(x => x.Path, x => x.i);
        return (new CompiledExpressions(index, evaluate), []);
    }

    private static string Generate(IReadOnlyList<RunbookParameter> inputs, IReadOnlyList<RunbookParameter> variables, IReadOnlyList<ExpressionSource> expressions)
    {
        var sb = new StringBuilder();
        sb.AppendLine("using System; using System.Linq; using System.Collections.Generic; using System.Text.Json.Nodes; using VCRunbooks.Engine.Expressions;");
        AppendAccessors(sb, "__Inputs", "Input", inputs);
        AppendAccessors(sb, "__Variables", "Variable", variables);
        sb.AppendLine("public static class __RunbookExpressions {");
        sb.AppendLine("public static object Evaluate(int i, ExpressionScope s) { switch (i) {");
        for (var i = 0; i < expressions.Count; i++)
        {
            sb.Append("case ").Append(i).Append(": return E").Append(i).AppendLine("(s);");
        }

        sb.AppendLine("default: throw new ArgumentOutOfRangeException(nameof(i)); } }");
        for (var i = 0; i < expressions.Count; i++)
        {
            var e = expressions[i];
            var returnType = ReturnTypeName(e.ResultType);
            var isBlock = e.Code.Contains("return", StringComparison.Ordinal) && e.Code.Contains(';', StringComparison.Ordinal);
            sb.Append("public static ").Append(returnType).Append(" E").Append(i).AppendLine("(ExpressionScope __s) {");
            sb.AppendLine("var Inputs = new __Inputs(__s); var Variables = new __Variables(__s); var Item = __s.Item; var Index = __s.Index; var RunId = __s.RunId; Func<string, string, JsonNode> Output = __s.Output;");
            sb.AppendLine(isBlock ? "{" : "return (");
            sb.Append("#line 1 \"").Append(e.Path.Replace("\"", "'", StringComparison.Ordinal)).AppendLine("\"");
            sb.AppendLine(e.Code);
            sb.AppendLine("#line hidden");
            sb.AppendLine(isBlock ? "}" : ");");
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

    private static List<MetadataReference> LoadReferences()
    {
        var tpa = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator);
        var wanted = new HashSet<string>(ReferenceNames, StringComparer.OrdinalIgnoreCase);
        var refs = tpa.Where(p => wanted.Contains(Path.GetFileNameWithoutExtension(p)))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        refs.Add(MetadataReference.CreateFromFile(typeof(ExpressionScope).Assembly.Location));
        return refs;
    }
}
