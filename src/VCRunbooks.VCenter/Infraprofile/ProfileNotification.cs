using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Infraprofile;

/// <summary>One finding of a profile validation (infraprofile Notification: the id is called <c>notification</c>).</summary>
public sealed record ProfileNotification
{
    /// <summary>Notification id (wire <c>notification</c>).</summary>
    public required string Notification { get; init; }
    /// <summary>When it was raised; null when not given.</summary>
    public DateTimeOffset? Time { get; init; }
    /// <summary>What was found.</summary>
    public required LocalizableMessage Message { get; init; }
    /// <summary>What to do about it; null when nothing is suggested.</summary>
    public LocalizableMessage? Resolution { get; init; }
}
