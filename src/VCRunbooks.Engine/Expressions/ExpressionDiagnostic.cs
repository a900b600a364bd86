namespace VCRunbooks.Engine.Expressions;

/// <summary>A compile error in an expression, with 1-based line and column inside that expression's code.</summary>
internal sealed record ExpressionDiagnostic(string Path, int Line, int Column, string Id, string Message);
