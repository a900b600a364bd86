namespace VCRunbooks.Server.GitSync.Git;

/// <summary>What a git process wrote, and how it exited.</summary>
internal sealed record GitResult(int ExitCode, byte[] Output, string Error)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Output);
}
