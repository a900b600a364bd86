using System.Text.Json;
using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Errors;

/// <summary>The vapi.std error envelope of the /api forms: error_type, messages, optional data.</summary>
public sealed record VapiError
{
    /// <summary>The error type (wire <c>error_type</c>).</summary>
    public required ErrorType ErrorType { get; init; }
    /// <summary>Why the operation failed; may be empty.</summary>
    public IReadOnlyList<LocalizableMessage> Messages { get; init; } = [];
    /// <summary>Error-specific details; null when the error has none.</summary>
    public JsonElement? Data { get; init; }
    /// <summary>Only on UNAUTHENTICATED: the authentication challenge, also sent as WWW-Authenticate.</summary>
    public string? Challenge { get; init; }
}
