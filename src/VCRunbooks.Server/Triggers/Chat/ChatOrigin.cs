namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>Where a run started from chat came from: the workspace, channel, user and the URL its progress goes to.</summary>
internal sealed class ChatOrigin
{
    public string RunId { get; set; } = string.Empty;
    public string Workspace { get; set; } = string.Empty;
    public string? Channel { get; set; }
    public string? UserId { get; set; }
    public string? ResponseUrl { get; set; }
    public int Posts { get; set; }
}
