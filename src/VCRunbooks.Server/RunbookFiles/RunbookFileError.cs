namespace VCRunbooks.Server.RunbookFiles;

/// <summary>A problem in a runbook file at a line and column (1-based), printed the way compilers and editors read it.</summary>
internal sealed record RunbookFileError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
