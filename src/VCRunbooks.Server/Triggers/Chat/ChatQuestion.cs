namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>A question posted to chat: where its message is, and who answered it (once someone has).</summary>
internal sealed class ChatQuestion
{
    public string QuestionId { get; set; } = string.Empty;
    public string Workspace { get; set; } = string.Empty;
    public string RunId { get; set; } = string.Empty;
    public string? Text { get; set; }
    public string? Channel { get; set; }
    public string? MessageTs { get; set; }
    public string? AnsweredBy { get; set; }
    public string? Answer { get; set; }
}
