namespace VCRunbooks.VCenter.Common;

/// <summary>One notification of a check or task result (info, warning or error).</summary>
public sealed record Notification
{
    /// <summary>Notification identifier, stable across locales (match on this, not on the text).</summary>
    public required string Id { get; init; }
    /// <summary>When the notification was raised; null when the server did not say.</summary>
    public DateTimeOffset? Time { get; init; }
    /// <summary>What happened.</summary>
    public required LocalizableMessage Message { get; init; }
    /// <summary>What to do about it; null when the server suggests nothing.</summary>
    public LocalizableMessage? Resolution { get; init; }
}
