using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace VCRunbooks.Engine.CodeGuard;

/// <summary>
/// The budget rewriter for code with statements (script runbooks): on top of the expression rewrites, every
/// statement begins with <c>__at(line)</c> (a budget step that also records the script line for errors), every loop
/// body begins with one (so an empty <c>while (true) { }</c> is charged too), and every local function begins with a
/// step (so recursion stops before the stack runs out). Lines are those of the checked code, passed as literals, so
/// they stay right whatever the rewriting moves.
/// </summary>
internal sealed class StatementBudgetRewriter(SemanticModel model, string budgetName, string atName) : BudgetRewriter(model, budgetName)
{
    private readonly SemanticModel _model = model;
    private readonly string _budget = budgetName;

    public override SyntaxNode? VisitCompilationUnit(CompilationUnitSyntax node)
    {
        var rewritten = (CompilationUnitSyntax)base.VisitCompilationUnit(node)!;
        var members = new List<MemberDeclarationSyntax>();
        for (var i = 0; i < node.Members.Count; i++)
        {
            if (node.Members[i] is GlobalStatementSyntax { Statement: not LocalFunctionStatementSyntax } original)
            {
                members.Add(GlobalStatement(At(original)));
            }

            members.Add(rewritten.Members[i]);
        }

        return rewritten.WithMembers(List(members));
    }

    public override SyntaxNode? VisitBlock(BlockSyntax node)
    {
        var rewritten = (BlockSyntax)base.VisitBlock(node)!;
        return rewritten.WithStatements(Stepped(node.Statements, rewritten.Statements));
    }

    public override SyntaxNode? VisitSwitchSection(SwitchSectionSyntax node)
    {
        var rewritten = (SwitchSectionSyntax)base.VisitSwitchSection(node)!;
        return rewritten.WithStatements(Stepped(node.Statements, rewritten.Statements));
    }

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var rewritten = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return rewritten.WithStatement(Body(node, rewritten.Statement));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var rewritten = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return rewritten.WithStatement(Body(node, rewritten.Statement));
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var rewritten = (ForStatementSyntax)base.VisitForStatement(node)!;
        return rewritten.WithStatement(Body(node, rewritten.Statement));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        var rewritten = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return rewritten.WithStatement(Body(node, rewritten.Statement));
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        var rewritten = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return rewritten.WithStatement(Body(node, rewritten.Statement));
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var rewritten = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        var step = ExpressionStatement(InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(_budget), IdentifierName("Step"))));
        if (rewritten.Body is { } body)
        {
            return rewritten.WithBody(body.WithStatements(body.Statements.Insert(0, step)));
        }

        if (rewritten.ExpressionBody is not { } arrow)
        {
            return rewritten;
        }

        // An expression-bodied local function becomes a block, so it can take a step before its expression.
        var symbol = _model.GetDeclaredSymbol(node) as IMethodSymbol;
        var noValue = symbol is null || symbol.ReturnsVoid
            || (symbol.IsAsync && symbol.ReturnType is INamedTypeSymbol { IsGenericType: false });
        StatementSyntax last = arrow.Expression switch
        {
            ThrowExpressionSyntax t => ThrowStatement(t.Expression),
            _ when noValue => ExpressionStatement(arrow.Expression),
            _ => ReturnStatement(arrow.Expression),
        };
        return rewritten.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Block(step, last));
    }

    private SyntaxList<StatementSyntax> Stepped(SyntaxList<StatementSyntax> original, SyntaxList<StatementSyntax> rewritten)
    {
        var statements = new List<StatementSyntax>(rewritten.Count * 2);
        for (var i = 0; i < rewritten.Count; i++)
        {
            if (original[i] is not LocalFunctionStatementSyntax)
            {
                statements.Add(At(original[i]));
            }

            statements.Add(rewritten[i]);
        }

        return List(statements);
    }

    private BlockSyntax Body(SyntaxNode loop, StatementSyntax body) =>
        Block(At(loop), body);

    private ExpressionStatementSyntax At(SyntaxNode original)
    {
        var line = original.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
        return ExpressionStatement(InvocationExpression(IdentifierName(atName),
            ArgumentList(SingletonSeparatedList(Argument(LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(line)))))));
    }
}
