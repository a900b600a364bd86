namespace VCRunbooks.VCenter.Common;

/// <summary>A vapi.std LocalizableMessage: an id, an English default text, and its arguments.</summary>
public sealed record LocalizableMessage
{
    /// <summary>Message identifier, e.g. <c>com.vmware.vapi.endpoint.method.authentication.required</c>; stable across locales.</summary>
    public required string Id { get; init; }
    /// <summary>The English text, arguments already filled in (wire <c>default_message</c>).</summary>
    public required string DefaultMessage { get; init; }
    /// <summary>The arguments of the message, in order; empty when it has none.</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>Creates a message from its id, English text and arguments.</summary>
    public static LocalizableMessage Of(string id, string defaultMessage, params string[] args) =>
        new() { Id = id, DefaultMessage = defaultMessage, Args = args };

    /// <summary>Returns <see cref="DefaultMessage"/>.</summary>
    public override string ToString() => DefaultMessage;
}
