using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Infraprofile;

/// <summary>One finding of a profile validation (infraprofile Notification: the id is called <c>notification</c>).</summary>
public sealed record ProfileNotification
{
    public required string Notification { get; init; }
    public DateTimeOffset? Time { get; init; }
    public required LocalizableMessage Message { get; init; }
    public LocalizableMessage? Resolution { get; init; }
}
