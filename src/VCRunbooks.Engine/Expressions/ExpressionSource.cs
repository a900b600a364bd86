namespace VCRunbooks.Engine.Expressions;

/// <summary>One C# expression of a definition: where it is (JSON path), its code, and the CLR type it must produce.</summary>
internal sealed record ExpressionSource(string Path, string Code, Type ResultType);
