namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>The reply to a chat command, and the run it started when it did.</summary>
internal sealed record ChatCommandResult(string Text, string? RunId, bool Public);
