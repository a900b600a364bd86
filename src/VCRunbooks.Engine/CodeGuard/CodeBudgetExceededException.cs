namespace VCRunbooks.Engine.CodeGuard;

/// <summary>Author code ran past its time or memory budget, or recursed too deep; its run faults.</summary>
internal sealed class CodeBudgetExceededException(string message) : Exception(message);
