using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace VCRunbooks.Engine.CodeGuard;

/// <summary>
/// Walks author code with its semantic model and reports everything outside the policy: every symbol it names,
/// every type it produces or converts to, and the syntax that has no place in it (statements, unsafe code,
/// attributes). Runs on code that compiled; nothing of it has run.
/// </summary>
internal static class CodeChecker
{
    /// <summary>
    /// Everything refused, one per symbol, ordered by position; each at the smallest piece of code that names it
    /// (the <c>GetType</c> in <c>x.GetType().Name</c>, not the whole chain).
    /// </summary>
    public static IReadOnlyList<CodeViolation> Check(SyntaxNode code, SemanticModel model, CodePolicy policy)
    {
        var found = new Dictionary<string, (CodeViolation Violation, int Width)>(StringComparer.Ordinal);
        void Add(SyntaxNode node, string what, string reason)
        {
            var at = Anchor(node);
            if (!found.TryGetValue(what, out var known) || at.Span.Length < known.Width)
            {
                found[what] = (new CodeViolation(at.SpanStart, what, reason), at.Span.Length);
            }
        }

        foreach (var node in code.DescendantNodesAndSelf())
        {
            if ((policy.AllowsStatements ? ScriptSyntaxReason(node) : SyntaxReason(node)) is { } syntaxReason)
            {
                Add(node, Describe(node), syntaxReason);
                continue;
            }

            CheckShape(node, model, Add);
            foreach (var symbol in SymbolsOf(node, model))
            {
                if (RefusedSymbol(symbol, model.Compilation, policy) is { } refused)
                {
                    Add(node, refused.What, refused.Reason);
                }
            }

            if (node is ExpressionSyntax and not OmittedArraySizeExpressionSyntax)
            {
                var info = model.GetTypeInfo(node);
                // A collection expression has no type of its own, only the one it converts to.
                foreach (var type in node is CollectionExpressionSyntax ? [info.ConvertedType] : new[] { info.Type, info.ConvertedType })
                {
                    if (policy.RefusedPart(type, model.Compilation) is { } refusedType)
                    {
                        Add(node, refusedType.ToDisplayString(), TypeReason(refusedType));
                    }
                }
            }
        }

        return found.Values.OrderBy(v => v.Violation.Position).ThenBy(v => v.Width).Select(v => v.Violation).ToList();
    }

    /// <summary>Syntax that author code may not contain at all, whatever it binds to.</summary>
    private static string? SyntaxReason(SyntaxNode node) => node switch
    {
        AnonymousMethodExpressionSyntax => "anonymous methods; use a lambda with an expression body",
        LambdaExpressionSyntax { Block: not null } => "statement lambdas; a lambda's body is one expression",
        LambdaExpressionSyntax l when l.Modifiers.Any(SyntaxKind.AsyncKeyword) => "async code",
        AttributeListSyntax => "attributes",
        AwaitExpressionSyntax => "async code",
        StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax or PointerTypeSyntax
            or FunctionPointerTypeSyntax => "unsafe code",
        PrefixUnaryExpressionSyntax p when p.IsKind(SyntaxKind.AddressOfExpression) || p.IsKind(SyntaxKind.PointerIndirectionExpression) => "unsafe code",
        MemberAccessExpressionSyntax m when m.IsKind(SyntaxKind.PointerMemberAccessExpression) => "unsafe code",
        RefValueExpressionSyntax or RefTypeExpressionSyntax or MakeRefExpressionSyntax => "undocumented runtime features",
        LiteralExpressionSyntax lit when lit.IsKind(SyntaxKind.ArgListExpression) => "undocumented runtime features",
        _ => null,
    };

    /// <summary>
    /// Syntax a script may not contain: statements, loops, await and statement lambdas are fine there (the rewriter
    /// charges each statement and loop to the budget), but types (a finalizer or static constructor would run outside
    /// any budget), locks, unsafe code and the expression refusals are not.
    /// </summary>
    private static string? ScriptSyntaxReason(SyntaxNode node) => node switch
    {
        LambdaExpressionSyntax or AwaitExpressionSyntax => null,
        BaseTypeDeclarationSyntax or DelegateDeclarationSyntax => "declaring types; a script uses tuples, dictionaries and local functions",
        LockStatementSyntax => "threads",
        UnsafeStatementSyntax or FixedStatementSyntax => "unsafe code",
        ExternAliasDirectiveSyntax => "extern aliases",
        LocalFunctionStatementSyntax f when f.Modifiers.Any(SyntaxKind.ExternKeyword) || f.Modifiers.Any(SyntaxKind.UnsafeKeyword) => "native code",
        _ => SyntaxReason(node),
    };

    /// <summary>Allowed syntax used in a way that is not: changing static state, unbounded format widths, regexes without a timeout.</summary>
    private static void CheckShape(SyntaxNode node, SemanticModel model, Action<SyntaxNode, string, string> add)
    {
        switch (node)
        {
            case AssignmentExpressionSyntax assignment when IsStatic(model.GetSymbolInfo(assignment.Left).Symbol):
                add(node, model.GetSymbolInfo(assignment.Left).Symbol!.ToDisplayString(), "changing static state");
                break;
            case PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax
                when node.ChildNodes().FirstOrDefault() is { } operand && IsStatic(model.GetSymbolInfo(operand).Symbol):
                add(node, model.GetSymbolInfo(operand).Symbol!.ToDisplayString(), "changing static state");
                break;
            case InterpolationAlignmentClauseSyntax alignment
                when model.GetConstantValue(alignment.Value) is { HasValue: true, Value: int width } && Math.Abs((long)width) > CodeBudget.MaxFormatNumber:
                add(node, alignment.ToString(), $"an alignment wider than {CodeBudget.MaxFormatNumber}");
                break;
            case InterpolationFormatClauseSyntax format when CodeBudget.LargestNumber(format.FormatStringToken.ValueText) > CodeBudget.MaxFormatNumber:
                add(node, format.ToString(), $"a format number above {CodeBudget.MaxFormatNumber}");
                break;
        }
    }

    private static bool IsStatic(ISymbol? symbol) => symbol is IFieldSymbol { IsStatic: true } or IPropertySymbol { IsStatic: true } or IEventSymbol { IsStatic: true };

    private static IEnumerable<ISymbol> SymbolsOf(SyntaxNode node, SemanticModel model)
    {
        switch (node)
        {
            case ParameterSyntax parameter when model.GetDeclaredSymbol(parameter) is { } declared:
                yield return declared;
                break;
            case QueryClauseSyntax clause:
                var clauseInfo = model.GetQueryClauseInfo(clause);
                foreach (var s in new[] { clauseInfo.CastInfo.Symbol, clauseInfo.OperationInfo.Symbol })
                {
                    if (s is not null)
                    {
                        yield return s;
                    }
                }

                if (model.GetDeclaredSymbol(clause) is { } rangeVariable)
                {
                    yield return rangeVariable;
                }

                break;
            case ExpressionSyntax or SelectOrGroupClauseSyntax or OrderingSyntax or ConstructorInitializerSyntax:
                if (model.GetSymbolInfo(node).Symbol is { } symbol)
                {
                    yield return symbol;
                }

                if (node is ExpressionSyntax expression && model.GetConversion(expression).MethodSymbol is { } conversion)
                {
                    yield return conversion;
                }

                break;
        }
    }

    private static (string What, string Reason)? RefusedSymbol(ISymbol symbol, Compilation compilation, CodePolicy policy)
    {
        switch (symbol)
        {
            case INamespaceSymbol or IDiscardSymbol or ILabelSymbol:
                return null;
            case ITypeSymbol type:
                return policy.RefusedPart(type, compilation) is { } refused ? (refused.ToDisplayString(), TypeReason(refused)) : null;
            case ILocalSymbol local:
                return RefusedSymbol(local.Type, compilation, policy);
            case IParameterSymbol parameter:
                return RefusedSymbol(parameter.Type, compilation, policy);
            case IRangeVariableSymbol:
                return null;
            case IAliasSymbol alias:
                return RefusedSymbol(alias.Target, compilation, policy);
            case IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LambdaMethod }:
                return null;
            case IMethodSymbol method:
                return RefusedMethod(method.ReducedFrom ?? method, compilation, policy);
            case IPropertySymbol or IFieldSymbol:
                return RefusedMember(symbol, compilation, policy);
            case IEventSymbol:
                return (symbol.ToDisplayString(), "events");
            default:
                return (symbol.ToDisplayString(), "not on the allowlist");
        }
    }

    private static (string What, string Reason)? RefusedMethod(IMethodSymbol method, Compilation compilation, CodePolicy policy)
    {
        if (RefusedMember(method, compilation, policy) is { } refused)
        {
            return refused;
        }

        foreach (var argument in method.TypeArguments)
        {
            if (policy.RefusedPart(argument, compilation) is { } refusedArgument)
            {
                return (refusedArgument.ToDisplayString(), TypeReason(refusedArgument));
            }
        }

        if (method.ContainingType.ToDisplayString() == "System.Text.RegularExpressions.Regex" && method.Parameters.Any(p => p.Name == "pattern")
            && !method.Parameters.Any(p => p.Name == "matchTimeout"))
        {
            return (method.ToDisplayString(), "a regular expression without a match timeout; use the overload with a matchTimeout");
        }

        return null;
    }

    private static (string What, string Reason)? RefusedMember(ISymbol member, Compilation compilation, CodePolicy policy)
    {
        if (policy.RefusedPart(member.ContainingType, compilation) is { } refusedType)
        {
            return (member.ToDisplayString(), TypeReason(refusedType));
        }

        return CodePolicy.RefusedMemberReason(member) is { } reason ? (member.ToDisplayString(), reason) : null;
    }

    /// <summary>Why a type is refused, in the operator's words: what it would reach.</summary>
    private static string TypeReason(ITypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Dynamic)
        {
            return "dynamic binding";
        }

        if (type is IPointerTypeSymbol or IFunctionPointerTypeSymbol)
        {
            return "unsafe code";
        }

        var name = type.OriginalDefinition.ToDisplayString();
        return name switch
        {
            _ when name.StartsWith("System.IO.", StringComparison.Ordinal) => "files and streams",
            _ when name.StartsWith("System.Diagnostics.", StringComparison.Ordinal) => "processes and diagnostics",
            _ when name.StartsWith("System.Reflection.", StringComparison.Ordinal) || name is "System.Type" or "System.Activator" => "reflection",
            _ when name.StartsWith("System.Net.", StringComparison.Ordinal) => "the network",
            _ when name.StartsWith("System.Threading.", StringComparison.Ordinal) => "threads and tasks",
            _ when name.StartsWith("System.Runtime.InteropServices.", StringComparison.Ordinal) => "native code",
            _ when name.StartsWith("System.Runtime.Loader.", StringComparison.Ordinal) || name is "System.AppDomain" => "assembly loading",
            "System.Environment" or "System.AppContext" => "the process and its environment",
            "System.GC" => "the garbage collector",
            "System.Random" => "not on the allowlist: not deterministic; a script uses the run's Random",
            "System.Console" => "the console",
            _ => "not on the allowlist of types author code may use",
        };
    }

    /// <summary>The part of a node that names what it does: the member in <c>a.b.C</c>, the method in <c>a.M(x)</c>.</summary>
    private static SyntaxNode Anchor(SyntaxNode node) => node switch
    {
        MemberAccessExpressionSyntax m => m.Name,
        InvocationExpressionSyntax i => Anchor(i.Expression),
        ConditionalAccessExpressionSyntax c => Anchor(c.WhenNotNull),
        MemberBindingExpressionSyntax b => b.Name,
        QualifiedNameSyntax q => q.Right,
        _ => node,
    };

    private static string Describe(SyntaxNode node)
    {
        var text = node.ToString();
        return text.Length <= 40 ? text : text[..40] + "…";
    }
}
