namespace VCRunbooks.Engine.CodeGuard;

/// <summary>Something author code may not do: where (position in the checked tree), what it touched, and why not.</summary>
internal sealed record CodeViolation(int Position, string What, string Reason)
{
    public string Message => $"'{What}' is not allowed ({Reason})";
}
