using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Scripts;

namespace VCRunbooks.Engine.Testing;

/// <summary>
/// The engine's script compiler and the script API it generates, for tests and benchmarks outside the engine. It
/// compiles exactly as a run's plan does (the code guard, the budget rewrite, a collectible load context, the memory
/// and disk caches) but is no way into a run: runs only use the engine's own compiler.
/// </summary>
public sealed class ScriptCompilerProbe
{
    private readonly ScriptCompiler _compiler;

    /// <summary>A compiler over <paramref name="catalog"/>, with the disk cache at <see cref="EngineOptions.CompiledExpressionsPath"/>.</summary>
    public ScriptCompilerProbe(IActivityCatalog catalog, EngineOptions options) => _compiler = new ScriptCompiler(catalog, options);

    /// <summary>The C# source of the script API generated from the catalog: one typed, awaitable method per activity.</summary>
    public string ApiSource => _compiler.Api.Source;

    /// <summary>The activity types the script API has a method for (every catalog activity but the flowchart-only ones).</summary>
    public IReadOnlyCollection<string> ApiActivities => [.. _compiler.Api.Activities.Keys];

    /// <summary>
    /// Compiles <paramref name="script"/>, or loads it from the memory or disk cache, and returns its errors (none when it
    /// compiled). Nothing here keeps the compiled script, so its load context unloads once nothing else holds it.
    /// </summary>
    public IReadOnlyList<ValidationError> Compile(RunbookScript script) => _compiler.Compile(script).Errors;
}
