using VCRunbooks.Engine.CodeGuard;

namespace VCRunbooks.Engine.Expressions;

/// <summary>All expressions of one definition version, compiled into one assembly; evaluation is a switch, not reflection.</summary>
internal sealed class CompiledExpressions(IReadOnlyDictionary<string, int> indexByPath, Func<int, ExpressionScope, CodeBudget, object?> evaluate)
{
    public static CompiledExpressions Empty { get; } = new(new Dictionary<string, int>(), static (_, _, _) => null);

    public bool Contains(string path) => indexByPath.ContainsKey(path);

    /// <summary>Evaluates the expression at a path within its budget; past the budget it throws, naming the path.</summary>
    public object? Evaluate(string path, ExpressionScope scope, CodeLimits limits, CancellationToken cancellationToken)
    {
        if (!indexByPath.TryGetValue(path, out var index))
        {
            throw new InvalidOperationException($"No compiled expression at {path}.");
        }

        var budget = new CodeBudget(limits, $"The expression at {path}", cancellationToken);
        try
        {
            var value = evaluate(index, scope, budget);
            budget.Check();
            return value;
        }
        catch (OutOfMemoryException)
        {
            throw new CodeBudgetExceededException($"The expression at {path} ran out of memory");
        }
        catch (InsufficientExecutionStackException)
        {
            throw new CodeBudgetExceededException($"The expression at {path} recursed too deep");
        }
    }
}
