namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>Who sent a command or clicked a button: the platform's user id, a display name and the role mapped to them.</summary>
internal sealed record ChatUser(string Id, string Name, ChatRole Role)
{
    /// <summary>How the run's journal and the message name them: "slack:U123 (alice)".</summary>
    public string Qualified(string platform) => $"{platform}:{Id} ({Name})";
}
