using System.Text.Json;
using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Errors;

/// <summary>The vapi.std error envelope of the /api forms: error_type, messages, optional data.</summary>
public sealed record VapiError
{
    public required ErrorType ErrorType { get; init; }
    public IReadOnlyList<LocalizableMessage> Messages { get; init; } = [];
    public JsonElement? Data { get; init; }
    /// <summary>Only on UNAUTHENTICATED: the authentication challenge, also sent as WWW-Authenticate.</summary>
    public string? Challenge { get; init; }
}
