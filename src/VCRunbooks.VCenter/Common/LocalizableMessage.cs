namespace VCRunbooks.VCenter.Common;

/// <summary>A vapi.std LocalizableMessage: an id, an English default text, and its arguments.</summary>
public sealed record LocalizableMessage
{
    public required string Id { get; init; }
    public required string DefaultMessage { get; init; }
    public IReadOnlyList<string> Args { get; init; } = [];

    public static LocalizableMessage Of(string id, string defaultMessage, params string[] args) =>
        new() { Id = id, DefaultMessage = defaultMessage, Args = args };

    public override string ToString() => DefaultMessage;
}
