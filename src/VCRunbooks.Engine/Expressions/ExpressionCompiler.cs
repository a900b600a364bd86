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

    private const string MarkKind = "vcrunbooks-expression";

    /// <summary>One mark per place in a generated class, so the parsed node of each expression is found again.</summary>
    private static readonly SyntaxAnnotation[] Marks = Enumerable.Range(0, ExpressionScaffold.PerClass)
        .Select(i => new SyntaxAnnotation(MarkKind, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    /// <summary>The BCL and engine assemblies author code compiles against (scripts too).</summary>
    internal static IReadOnlyList<MetadataReference> MetadataReferences => References.Value;

    public static (CompiledExpressions? Compiled, IReadOnlyList<ExpressionDiagnostic> Errors) Compile(
        string assemblyName, IReadOnlyList<RunbookParameter> inputs, IReadOnlyList<RunbookParameter> variables, IReadOnlyList<ExpressionSource> expressions,
        CompiledExpressionCache? cache = null)
    {
        if (expressions.Count == 0)
        {
            return (CompiledExpressions.Empty, []);
        }

        cache ??= CompiledExpressionCache.None;
        var key = cache.Enabled ? CompiledExpressionCache.Key(inputs, variables, expressions) : null;
        if (key is not null && cache.TryRead(key) is { } cached)
        {
            // Compiled (and so checked and guarded) before, by this engine build, from exactly this code.
            return (Load(cached, assemblyName, expressions), []);
        }

        var errors = new List<ExpressionDiagnostic>();
        var parsed = expressions.Select(e => Parse(e, errors)).ToList();
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var trees = new SyntaxTree[(expressions.Count + ExpressionScaffold.PerClass - 1) / ExpressionScaffold.PerClass];
        var nodes = new ExpressionSyntax[expressions.Count];
        var treeOf = new int[expressions.Count];
        var indexOfTree = new Dictionary<SyntaxTree, int>();
        for (var t = 0; t < trees.Length; t++)
        {
            var first = t * ExpressionScaffold.PerClass;
            var scaffold = CSharpSyntaxTree.ParseText(ExpressionScaffold.Class(first, expressions), ParseOptions).GetCompilationUnitRoot();
            var placeholders = scaffold.DescendantNodes().OfType<IdentifierNameSyntax>()
                .Where(n => n.Identifier.ValueText.StartsWith("__expression", StringComparison.Ordinal))
                .ToDictionary(n => n, n => int.Parse(n.Identifier.ValueText["__expression".Length..], System.Globalization.CultureInfo.InvariantCulture));
            var root = scaffold.ReplaceNodes(placeholders.Keys, (original, _) =>
                SyntaxFactory.ParenthesizedExpression(parsed[placeholders[original]]!.WithAdditionalAnnotations(Marks[placeholders[original] - first])));
            trees[t] = CSharpSyntaxTree.Create(root, ParseOptions);
            indexOfTree[trees[t]] = t;
            foreach (var node in trees[t].GetRoot().GetAnnotatedNodes(MarkKind))
            {
                var i = first + int.Parse(node.GetAnnotations(MarkKind).Single().Data!, System.Globalization.CultureInfo.InvariantCulture);
                nodes[i] = (ExpressionSyntax)node;
                treeOf[i] = t;
            }
        }

        var accessors = CSharpSyntaxTree.ParseText(ExpressionScaffold.Accessors(inputs, variables), ParseOptions);
        var compilation = Compilation(assemblyName, [accessors, .. trees]);

        // Valid code is bound twice, not three times: by the semantic models that check and rewrite it, then by the
        // emit of its guarded form. Compile errors are looked for only when something is wrong (a refusal, which
        // unresolved code also causes, or a failed emit), so that they come first and name the author's own code.
        var refusalOf = new ExpressionDiagnostic?[nodes.Length];
        var rewrittenOf = new SyntaxNode?[nodes.Length];
        for (var t = 0; t < trees.Length; t++)
        {
            var model = compilation.GetSemanticModel(trees[t]);
            for (var i = t * ExpressionScaffold.PerClass; i < Math.Min((t + 1) * ExpressionScaffold.PerClass, nodes.Length); i++)
            {
                // The first refusal of each expression: fixing it often changes what comes after.
                if (CodeChecker.Check(nodes[i], model, CodePolicy.Expressions) is [var first, ..])
                {
                    refusalOf[i] = Map(first.Position, nodes[i], expressions[i], "guard", first.Message);
                }
                else
                {
                    rewrittenOf[i] = new BudgetRewriter(model, ExpressionScaffold.BudgetName).Visit(nodes[i]);
                }
            }
        }

        var refusals = refusalOf.OfType<ExpressionDiagnostic>().ToList();
        var rewritten = Enumerable.Range(0, nodes.Length).Where(i => rewrittenOf[i] is not null).ToDictionary(i => (SyntaxNode)nodes[i], i => rewrittenOf[i]!);
        var guarded = trees.Select(tree => tree.WithRootAndOptions(tree.GetRoot().ReplaceNodes(
            tree.GetRoot().GetAnnotatedNodes(MarkKind), (original, _) => rewritten.GetValueOrDefault(original, original)), ParseOptions)).ToArray();
        if (refusals.Count > 0)
        {
            var compileErrors = CompileErrors(compilation, nodes, expressions, indexOfTree, treeOf);
            return (null, compileErrors.Count > 0 ? compileErrors : refusals);
        }

        var (image, emitErrors) = Emit(Compilation(assemblyName, [accessors, .. guarded]));
        if (image is null)
        {
            var compileErrors = CompileErrors(compilation, nodes, expressions, indexOfTree, treeOf);
            return (null, compileErrors.Count > 0 ? compileErrors : emitErrors);
        }

        if (key is not null)
        {
            cache.Write(key, image);
        }

        return (Load(image, assemblyName, expressions), []);
    }

    private static List<ExpressionDiagnostic> CompileErrors(CSharpCompilation compilation, ExpressionSyntax[] nodes, IReadOnlyList<ExpressionSource> expressions, Dictionary<SyntaxTree, int> indexOfTree, int[] treeOf) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.Location.SourceTree is { } tree && indexOfTree.TryGetValue(tree, out var t)
                && Enumerable.Range(0, nodes.Length).FirstOrDefault(i => treeOf[i] == t && nodes[i].Parent!.FullSpan.Contains(d.Location.SourceSpan.Start), -1) is var i and >= 0
                ? Map(d.Location.SourceSpan.Start, nodes[i], expressions[i], d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
                : new("$", 1, 1, d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    private static CSharpCompilation Compilation(string assemblyName, IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create(
            assemblyName,
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Disable));

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

    /// <summary>A position in an expression's tree as a line and column of the expression's own code.</summary>
    private static ExpressionDiagnostic Map(int position, ExpressionSyntax node, ExpressionSource expression, string id, string message)
    {
        // The node sits inside the parentheses the scaffold adds; a diagnostic on those lands on its first character.
        var offset = Math.Clamp(position - node.FullSpan.Start, 0, expression.Code.Length);
        var line = Position(expression.Code, offset);
        return new(expression.Path, line.Line + 1, line.Character + 1, id, message);
    }

    private static LinePosition Position(string code, int offset) => SourceText.From(code).Lines.GetLinePosition(offset);

    private static (byte[]? Image, IReadOnlyList<ExpressionDiagnostic> Errors) Emit(CSharpCompilation compilation)
    {
        using var pe = new MemoryStream();
        var result = compilation.Emit(pe);
        if (!result.Success)
        {
            // The checked code compiled; if its guarded form does not, the guard has a gap: refuse rather than run unguarded.
            var first = result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
            return (null, [new("$", 1, 1, first.Id, "the expression guard could not instrument this runbook's expressions: " + first.GetMessage(System.Globalization.CultureInfo.InvariantCulture))]);
        }

        return (pe.ToArray(), []);
    }

    private static CompiledExpressions Load(byte[] image, string assemblyName, IReadOnlyList<ExpressionSource> expressions)
    {
        using var pe = new MemoryStream(image);
        var assembly = new AssemblyLoadContext(assemblyName, isCollectible: true).LoadFromStream(pe);
        var evaluators = expressions.Select((e, i) => (e.Path, Evaluate: assembly.GetType(ExpressionScaffold.ClassName(i))!
                .GetMethod(ExpressionScaffold.MethodName(i), BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<Func<ExpressionScope, CodeBudget, object?>>()))
            .ToDictionary(x => x.Path, x => x.Evaluate);
        return new CompiledExpressions(evaluators);
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
