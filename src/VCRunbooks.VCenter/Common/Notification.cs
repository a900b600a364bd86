namespace VCRunbooks.VCenter.Common;

/// <summary>One notification of a check or task result (info, warning or error).</summary>
public sealed record Notification
{
    public required string Id { get; init; }
    public DateTimeOffset? Time { get; init; }
    public required LocalizableMessage Message { get; init; }
    public LocalizableMessage? Resolution { get; init; }
}
