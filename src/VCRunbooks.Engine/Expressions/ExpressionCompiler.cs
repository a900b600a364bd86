using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using VCRunbooks.Engine.CodeGuard;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Engine.Expressions;

/// <summary>
/// Compiles every expression of a definition into one collectible in-memory assembly, through the code guard:
/// each expression is parsed alone as one C# expression, put into the generated class as a syntax node, checked
/// against the allowlist on the semantic model, then rewritten to charge its budget as it runs.
/// </summary>
internal static class ExpressionCompiler
{
    /// <summary>The longest expression accepted, in characters.</summary>
    public const int MaxLength = 10_000;

    private static readonly string[] ReferenceNames =
    [
        "System.Private.CoreLib", "System.Runtime", "System.Collections", "System.Linq", "System.Text.Json",
        "System.Text.RegularExpressions", "System.Memory", "netstandard", "System.Runtime.Extensions",
    ];

    private const string AnnotationKind = "vcrunbooks-expression";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    public static (CompiledExpressions? Compiled, IReadOnlyList<ExpressionDiagnostic> Errors) Compile(
        string assemblyName, IReadOnlyList<RunbookParameter> inputs, IReadOnlyList<RunbookParameter> variables, IReadOnlyList<ExpressionSource> expressions)
    {
        if (expressions.Count == 0)
        {
            return (CompiledExpressions.Empty, []);
        }

        var errors = new List<ExpressionDiagnostic>();
        var parsed = expressions.Select(e => Parse(e, errors)).ToList();
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var annotations = expressions.Select((_, i) => new SyntaxAnnotation(AnnotationKind, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var scaffold = CSharpSyntaxTree.ParseText(ExpressionScaffold.Generate(inputs, variables, expressions), ParseOptions).GetCompilationUnitRoot();
        var placeholders = scaffold.DescendantNodes().OfType<IdentifierNameSyntax>()
            .Where(n => n.Identifier.ValueText.StartsWith("__expression", StringComparison.Ordinal))
            .ToDictionary(n => n, n => int.Parse(n.Identifier.ValueText["__expression".Length..], System.Globalization.CultureInfo.InvariantCulture));
        var root = scaffold.ReplaceNodes(placeholders.Keys, (original, _) =>
            SyntaxFactory.ParenthesizedExpression(parsed[placeholders[original]]!.WithAdditionalAnnotations(annotations[placeholders[original]])));
        var tree = CSharpSyntaxTree.Create(root, ParseOptions);
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [tree],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Disable));

        // One walk for all of them: a walk per expression would make 5,000 expressions quadratic.
        var nodes = new ExpressionSyntax[expressions.Count];
        foreach (var node in tree.GetRoot().GetAnnotatedNodes(AnnotationKind))
        {
            nodes[int.Parse(node.GetAnnotations(AnnotationKind).Single().Data!, System.Globalization.CultureInfo.InvariantCulture)] = (ExpressionSyntax)node;
        }

        var model = compilation.GetSemanticModel(tree);
        foreach (var d in model.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            errors.Add(Map(d.Location.SourceSpan.Start, nodes, expressions, d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        foreach (var node in nodes)
        {
            // The first refusal of each expression: fixing it often changes what comes after.
            if (CodeChecker.Check(node, model, CodePolicy.Expressions) is [var first, ..])
            {
                errors.Add(Map(first.Position, nodes, expressions, "guard", first.Message));
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var rewriter = new BudgetRewriter(model, ExpressionScaffold.BudgetName);
        var guarded = tree.GetRoot().ReplaceNodes(nodes, (original, _) => rewriter.Visit(original));
        return Emit(compilation.ReplaceSyntaxTree(tree, tree.WithRootAndOptions(guarded, ParseOptions)), assemblyName, expressions);
    }

    /// <summary>Parses one expression on its own: one C# expression, with nothing after it.</summary>
    private static ExpressionSyntax? Parse(ExpressionSource source, List<ExpressionDiagnostic> errors)
    {
        if (source.Code.Length > MaxLength)
        {
            errors.Add(new(source.Path, 1, 1, "guard", $"the expression is {source.Code.Length} characters long; the limit is {MaxLength}"));
            return null;
        }

        if (string.IsNullOrWhiteSpace(source.Code))
        {
            errors.Add(new(source.Path, 1, 1, "guard", "the expression is empty"));
            return null;
        }

        var expression = SyntaxFactory.ParseExpression(source.Code, 0, ParseOptions, consumeFullText: true);
        var first = expression.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (first is null)
        {
            return expression;
        }

        // Text left after the expression is skipped-token trivia; point at its start, not at the expression's.
        var skipped = expression.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.SkippedTokensTrivia));
        var position = Position(source.Code, skipped.IsKind(SyntaxKind.SkippedTokensTrivia) ? skipped.SpanStart : first.Location.SourceSpan.Start);
        var message = source.Code.TrimStart().StartsWith('{')
            ? "an expression is one C# expression, not a block of statements; use ?:, a switch expression or LINQ"
            : first.GetMessage(System.Globalization.CultureInfo.InvariantCulture) + " (an expression is one C# expression, with nothing after it)";
        errors.Add(new(source.Path, position.Line + 1, position.Character + 1, first.Id, message));
        return null;
    }

    private static ExpressionDiagnostic Map(int position, ExpressionSyntax[] nodes, IReadOnlyList<ExpressionSource> expressions, string id, string message)
    {
        for (var i = 0; i < nodes.Length; i++)
        {
            // The node sits inside the parentheses the scaffold adds; a diagnostic on those lands on its first character.
            var span = nodes[i].Parent!.FullSpan;
            if (span.Contains(position))
            {
                var offset = Math.Clamp(position - nodes[i].FullSpan.Start, 0, expressions[i].Code.Length);
                var line = Position(expressions[i].Code, offset);
                return new(expressions[i].Path, line.Line + 1, line.Character + 1, id, message);
            }
        }

        return new("$", 1, 1, id, message);
    }

    private static LinePosition Position(string code, int offset) => SourceText.From(code).Lines.GetLinePosition(offset);

    private static (CompiledExpressions? Compiled, IReadOnlyList<ExpressionDiagnostic> Errors) Emit(CSharpCompilation compilation, string assemblyName, IReadOnlyList<ExpressionSource> expressions)
    {
        using var pe = new MemoryStream();
        var result = compilation.Emit(pe);
        if (!result.Success)
        {
            // The checked code compiled; if its guarded form does not, the guard has a gap: refuse rather than run unguarded.
            var first = result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
            return (null, [new("$", 1, 1, first.Id, "the expression guard could not instrument this runbook's expressions: " + first.GetMessage(System.Globalization.CultureInfo.InvariantCulture))]);
        }

        pe.Position = 0;
        var assembly = new AssemblyLoadContext(assemblyName, isCollectible: true).LoadFromStream(pe);
        var method = assembly.GetType(ExpressionScaffold.ClassName)!.GetMethod("Evaluate", BindingFlags.Public | BindingFlags.Static)!;
        var evaluate = method.CreateDelegate<Func<int, ExpressionScope, CodeBudget, object?>>();
        var index = expressions.Select((e, i) => (e.Path, i)).ToDictionary(x => x.Path, x => x.i);
        return (new CompiledExpressions(index, evaluate), []);
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
