using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.CodeGuard;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Expressions;

namespace VCRunbooks.Engine.Scripts;

/// <summary>
/// Compiles a script runbook through the code guard: parsed as C# top-level statements, compiled with the API
/// generated from the activity catalog, checked against the script policy on the semantic model (refusals with
/// file, line and column), rewritten to charge its budget at every statement, loop and call, emitted to a stream and
/// loaded into a collectible load context (never through CSharpScript, whose loader does not unload). Each content
/// hash compiles once: kept in memory while a plan uses it, and on disk so a restart loads instead of compiling.
/// </summary>
internal sealed class ScriptCompiler
{
    private const int MaxErrors = 50;

    private static readonly string EngineBuild = typeof(ScriptCompiler).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.ConsoleApplication, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Annotations,
        allowUnsafe: false, concurrentBuild: false);

    private readonly Lazy<ScriptApi> _api;
    private readonly CompiledExpressionCache _disk;
    private readonly ConcurrentDictionary<string, WeakReference<CompiledScript>> _memory = new(StringComparer.Ordinal);

    public ScriptCompiler(IActivityCatalog catalog, EngineOptions options)
    {
        _api = new Lazy<ScriptApi>(() => new ScriptApi(catalog));
        _disk = new CompiledExpressionCache(options.CompiledExpressionsPath);
    }

    public ScriptApi Api => _api.Value;

    /// <summary>The compiled script, or every error (each path <c>file:line:col</c>).</summary>
    public (CompiledScript? Script, IReadOnlyList<ValidationError> Errors) Compile(RunbookScript script)
    {
        var key = Key(script.Code);
        if (_memory.TryGetValue(key, out var weak) && weak.TryGetTarget(out var known))
        {
            return (known, []);
        }

        if (_disk.TryRead(key) is { } cached)
        {
            // Compiled (so checked and guarded) before, by this engine build and API, from exactly this code.
            return (Remember(key, Load(cached, script)), []);
        }

        var (image, errors) = Emit(script);
        if (image is null)
        {
            return (null, errors);
        }

        _disk.Write(key, image);
        return (Remember(key, Load(image, script)), []);
    }

    /// <summary>Checks and compiles without loading or caching (for validation of code that is not kept).</summary>
    public IReadOnlyList<ValidationError> Check(RunbookScript script) =>
        _memory.TryGetValue(Key(script.Code), out var weak) && weak.TryGetTarget(out _) ? [] : Emit(script).Errors;

    private string Key(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"script\n{EngineBuild}\n{Api.Hash}\n{code}")));

    private CompiledScript Remember(string key, CompiledScript compiled)
    {
        _memory[key] = new WeakReference<CompiledScript>(compiled);
        return compiled;
    }

    private (byte[]? Image, IReadOnlyList<ValidationError> Errors) Emit(RunbookScript script)
    {
        var file = script.File;
        var tree = CSharpSyntaxTree.ParseText(script.Code, ScriptRunbook.ParseOptions, file);
        var syntaxErrors = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(MaxErrors).Select(d => Error(file, d)).ToList();
        if (syntaxErrors.Count > 0)
        {
            return (null, syntaxErrors);
        }

        var compilation = Compilation(file, [Api.Tree, tree]);
        var compileErrors = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Take(MaxErrors)
            .Select(d => Error(file, d))
            .ToList();
        if (compileErrors.Count > 0)
        {
            return (null, compileErrors);
        }

        var model = compilation.GetSemanticModel(tree);
        var refusals = CodeChecker.Check(tree.GetRoot(), model, CodePolicy.Scripts(Api.TypeNames));
        if (refusals.Count > 0)
        {
            // The first refusal of each line: the rest of a line often follows from it (File, then File.ReadAllText).
            return (null, refusals
                .Select(r => (Span: tree.GetLineSpan(new Microsoft.CodeAnalysis.Text.TextSpan(r.Position, 0)), Refusal: r))
                .GroupBy(r => r.Span.StartLinePosition.Line).Select(g => g.First())
                .Take(MaxErrors)
                .Select(r => new ValidationError(ScriptRunbook.At(file, r.Span), "C# error guard: " + r.Refusal.Message)).ToList());
        }

        var guarded = CSharpSyntaxTree.Create(
            (CSharpSyntaxNode)new StatementBudgetRewriter(model, ScriptApi.BudgetName, ScriptApi.AtName).Visit(tree.GetRoot())!,
            ScriptRunbook.ParseOptions, file, Encoding.UTF8);
        using var pe = new MemoryStream();
        var result = Compilation(file, [Api.Tree, guarded]).Emit(pe);
        if (!result.Success)
        {
            // The checked code compiled; if its guarded form does not, the guard has a gap: refuse rather than run unguarded.
            var first = result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
            return (null, [new ValidationError($"{file}:1:1", "the script guard could not instrument this script: " + first.GetMessage(CultureInfo.InvariantCulture))]);
        }

        return (pe.ToArray(), []);
    }

    private static CSharpCompilation Compilation(string file, IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create("script-" + Path.GetFileNameWithoutExtension(file), trees, ExpressionCompiler.MetadataReferences, CompilationOptions);

    private static ValidationError Error(string file, Diagnostic diagnostic)
    {
        var where = diagnostic.Location.SourceTree?.FilePath == file
            ? ScriptRunbook.At(file, diagnostic.Location.GetLineSpan())
            : $"{file}:1:1";
        return new ValidationError(where, $"C# error {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
    }

    private static CompiledScript Load(byte[] image, RunbookScript script)
    {
        using var pe = new MemoryStream(image);
        var assembly = new AssemblyLoadContext("script:" + script.File, isCollectible: true).LoadFromStream(pe);
        var entry = assembly.GetType("Program")?.GetMethod("<Main>$", BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"The compiled script {script.File} has no entry point.");
        return new CompiledScript(script.File, script.Hash ?? ScriptRunbook.Hash(script.Code), entry);
    }
}
