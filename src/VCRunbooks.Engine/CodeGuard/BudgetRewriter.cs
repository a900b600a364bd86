using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace VCRunbooks.Engine.CodeGuard;

/// <summary>
/// Rewrites checked author code so that it charges a <see cref="CodeBudget"/> as it runs: a step at every lambda
/// entry, after every call, and per item of every LINQ sequence; array sizes, capacities, format strings and regex
/// timeouts pass through the budget before they are used. Reads the semantic model of the code as it was checked.
/// </summary>
internal class BudgetRewriter(SemanticModel model, string budgetName) : CSharpSyntaxRewriter
{
    private static readonly HashSet<string> SizedMethods = new(StringComparer.Ordinal) { "PadLeft", "PadRight", "EnsureCapacity", "Resize" };
    private static readonly HashSet<string> SizeParameters = new(StringComparer.Ordinal) { "count", "capacity", "totalWidth", "newSize", "length" };

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) =>
        Instrument(node, (SimpleLambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!);

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) =>
        Instrument(node, (ParenthesizedLambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!);

    public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node)
    {
        var rewritten = (InvocationExpressionSyntax)base.VisitInvocationExpression(node)!;
        if (model.GetSymbolInfo(node).Symbol is not IMethodSymbol method)
        {
            return rewritten;
        }

        if (model.GetOperation(node) is IInvocationOperation operation)
        {
            rewritten = rewritten.WithArgumentList(GuardArguments(node.ArgumentList, rewritten.ArgumentList, operation.Arguments, method));
        }

        if (StartsWithBinding(node.Expression) || method.ReturnsVoid || method.ReturnsByRef || method.ReturnsByRefReadonly || method.ReturnType.IsRefLikeType)
        {
            // x?.M() cannot be wrapped from inside its conditional access; the step after the next call covers it.
            return rewritten;
        }

        var original = method.ReducedFrom ?? method;
        var isSequence = original.ContainingType.ToDisplayString() == "System.Linq.Enumerable"
            && original.ReturnType.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T;
        return Call(isSequence ? "Sequence" : "After", rewritten);
    }

    public override SyntaxNode? VisitObjectCreationExpression(ObjectCreationExpressionSyntax node)
    {
        var rewritten = (ObjectCreationExpressionSyntax)base.VisitObjectCreationExpression(node)!;
        return model.GetOperation(node) is IObjectCreationOperation { Constructor: { } ctor } operation && node.ArgumentList is { } arguments
            ? rewritten.WithArgumentList(GuardArguments(arguments, rewritten.ArgumentList!, operation.Arguments, ctor))
            : rewritten;
    }

    public override SyntaxNode? VisitImplicitObjectCreationExpression(ImplicitObjectCreationExpressionSyntax node)
    {
        var rewritten = (ImplicitObjectCreationExpressionSyntax)base.VisitImplicitObjectCreationExpression(node)!;
        return model.GetOperation(node) is IObjectCreationOperation { Constructor: { } ctor } operation
            ? rewritten.WithArgumentList(GuardArguments(node.ArgumentList, rewritten.ArgumentList, operation.Arguments, ctor))
            : rewritten;
    }

    public override SyntaxNode? VisitArrayRankSpecifier(ArrayRankSpecifierSyntax node)
    {
        var rewritten = (ArrayRankSpecifierSyntax)base.VisitArrayRankSpecifier(node)!;
        var sizes = rewritten.Sizes.Select(s => s is OmittedArraySizeExpressionSyntax ? s : Call("Items", s));
        return rewritten.WithSizes(SeparatedList(sizes, rewritten.Sizes.GetSeparators()));
    }

    private LambdaExpressionSyntax Instrument(LambdaExpressionSyntax original, LambdaExpressionSyntax rewritten)
    {
        if (rewritten.ExpressionBody is not { } body)
        {
            return rewritten;
        }

        var returnsVoid = model.GetSymbolInfo(original).Symbol is IMethodSymbol { ReturnsVoid: true };
        StatementSyntax last = body switch
        {
            ThrowExpressionSyntax t => ThrowStatement(t.Expression),
            _ when returnsVoid => ExpressionStatement(body),
            _ => ReturnStatement(body),
        };
        var step = ExpressionStatement(InvocationExpression(Member("Step")));
        return rewritten.WithExpressionBody(null).WithArrowToken(rewritten.ArrowToken).WithBlock(Block(step, last));
    }

    private ArgumentListSyntax GuardArguments(BaseArgumentListSyntax originalList, BaseArgumentListSyntax rewrittenList, IEnumerable<IArgumentOperation> arguments, IMethodSymbol method)
    {
        var list = rewrittenList.Arguments;
        foreach (var argument in arguments)
        {
            if (argument is not { ArgumentKind: ArgumentKind.Explicit, Parameter: { } parameter, Syntax: ArgumentSyntax syntax }
                || GuardFor(method, parameter) is not { } guard)
            {
                continue;
            }

            var index = originalList.Arguments.IndexOf(syntax);
            if (index >= 0)
            {
                list = list.Replace(list[index], list[index].WithExpression(Call(guard, list[index].Expression)));
            }
        }

        return ((ArgumentListSyntax)rewrittenList).WithArguments(list);
    }

    /// <summary>Which budget call an argument passes through before the callee sees it, if any.</summary>
    private static string? GuardFor(IMethodSymbol method, IParameterSymbol parameter)
    {
        if (parameter.Name == "matchTimeout" && method.ContainingType.ToDisplayString() == "System.Text.RegularExpressions.Regex")
        {
            return "Timeout";
        }

        if (parameter.Name == "format" && parameter.Type.SpecialType == SpecialType.System_String)
        {
            return "Format";
        }

        var sized = method.MethodKind == MethodKind.Constructor || SizedMethods.Contains(method.Name);
        return sized && SizeParameters.Contains(parameter.Name) && parameter.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64
            ? "Items"
            : null;
    }

    /// <summary>Whether an expression is the tail of a conditional access (<c>.M()</c> in <c>x?.M()</c>).</summary>
    private static bool StartsWithBinding(ExpressionSyntax expression) => expression switch
    {
        MemberBindingExpressionSyntax or ElementBindingExpressionSyntax => true,
        MemberAccessExpressionSyntax m => StartsWithBinding(m.Expression),
        InvocationExpressionSyntax i => StartsWithBinding(i.Expression),
        ElementAccessExpressionSyntax e => StartsWithBinding(e.Expression),
        _ => false,
    };

    private InvocationExpressionSyntax Call(string name, ExpressionSyntax argument) =>
        InvocationExpression(Member(name), ArgumentList(SingletonSeparatedList(Argument(argument))));

    private MemberAccessExpressionSyntax Member(string name) =>
        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(budgetName), IdentifierName(name));
}
