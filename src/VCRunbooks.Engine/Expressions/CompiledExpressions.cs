using VCRunbooks.Engine.CodeGuard;

namespace VCRunbooks.Engine.Expressions;

/// <summary>All expressions of one definition version, compiled into one assembly; each is a delegate, bound once at load.</summary>
internal sealed class CompiledExpressions(IReadOnlyDictionary<string, Func<ExpressionScope, CodeBudget, object?>> byPath)
{
    public static CompiledExpressions Empty { get; } = new(new Dictionary<string, Func<ExpressionScope, CodeBudget, object?>>());

    public bool Contains(string path) => byPath.ContainsKey(path);

    /// <summary>Evaluates the expression at a path within its budget; past the budget it throws, naming the path.</summary>
    public object? Evaluate(string path, ExpressionScope scope, CodeLimits limits, CancellationToken cancellationToken)
    {
        if (!byPath.TryGetValue(path, out var evaluate))
        {
            throw new InvalidOperationException($"No compiled expression at {path}.");
        }

        var budget = new CodeBudget(limits, $"The expression at {path}", cancellationToken);
        try
        {
            var value = evaluate(scope, budget);
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
