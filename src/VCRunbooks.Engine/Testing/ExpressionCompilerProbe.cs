using System.Text.Json.Nodes;
using VCRunbooks.Engine.CodeGuard;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Expressions;

namespace VCRunbooks.Engine.Testing;

/// <summary>
/// The engine's expression compiler and evaluator, for benchmarks and tests outside the engine. It compiles exactly as
/// publishing a runbook does (one compilation, the code guard, the budget rewrite, the optional disk cache) and
/// evaluates with the guard's budget, but is no way into a run: runs only use the expressions of their own plan.
/// </summary>
public sealed class ExpressionCompilerProbe
{
    private readonly CompiledExpressions? _compiled;

    private ExpressionCompilerProbe(CompiledExpressions? compiled, IReadOnlyList<string> errors)
    {
        _compiled = compiled;
        Errors = errors;
    }

    /// <summary>The compile errors, each as <c>path (line,col): CSnnnn message</c>; empty when it compiled.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>
    /// Compiles <paramref name="expressions"/> (path and C# code, each giving any value) over these inputs and
    /// variables, reading and writing the compiled assembly in <paramref name="cacheFolder"/> when one is given.
    /// </summary>
    public static ExpressionCompilerProbe Compile(
        string name, IReadOnlyList<RunbookParameter> inputs, IReadOnlyList<RunbookParameter> variables,
        IReadOnlyList<(string Path, string Code)> expressions, string? cacheFolder = null)
    {
        ArgumentNullException.ThrowIfNull(expressions);
        var sources = expressions.Select(e => new ExpressionSource(e.Path, e.Code, typeof(object))).ToList();
        var (compiled, errors) = ExpressionCompiler.Compile(name, inputs, variables, sources, cacheFolder is null ? null : new CompiledExpressionCache(cacheFolder));
        return new(compiled, [.. errors.Select(e => $"{e.Path} ({e.Line},{e.Column}): {e.Id} {e.Message}")]);
    }

    /// <summary>
    /// An evaluation of the expression at <paramref name="path"/> for a run with these inputs and no variables or
    /// outputs, within <paramref name="limits"/>: each call evaluates once, with the scope built here only once. Throws
    /// <see cref="InvalidOperationException"/> when the compile failed.
    /// </summary>
    public Func<object?> Evaluator(string path, JsonObject inputs, CodeLimits limits)
    {
        var compiled = _compiled ?? throw new InvalidOperationException("The expressions did not compile: " + string.Join("; ", Errors));
        var scope = new ExpressionScope("probe", inputs, [], new Dictionary<string, JsonObject>(), null, -1);
        return () => compiled.Evaluate(path, scope, limits, CancellationToken.None);
    }
}
