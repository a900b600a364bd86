namespace VCRunbooks.Engine.Expressions;

/// <summary>All expressions of one definition version, compiled into one assembly; evaluation is a switch, not reflection.</summary>
internal sealed class CompiledExpressions(IReadOnlyDictionary<string, int> indexByPath, Func<int, ExpressionScope, object?> evaluate)
{
    public static CompiledExpressions Empty { get; } = new(new Dictionary<string, int>(), static (_, _) => null);

    public bool Contains(string path) => indexByPath.ContainsKey(path);

    public object? Evaluate(string path, ExpressionScope scope)
    {
        if (!indexByPath.TryGetValue(path, out var index))
        {
            throw new InvalidOperationException($"No compiled expression at {path}.");
        }

        return evaluate(index, scope);
    }
}
