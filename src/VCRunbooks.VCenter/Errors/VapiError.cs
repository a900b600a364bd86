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

    /// <summary>The error as an operator reads it: its wire type, then its messages' texts, e.g. <c>NOT_FOUND: No such backup job.</c></summary>
    public override string ToString()
    {
        var texts = Messages.Select(m => m.DefaultMessage).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        var type = ErrorTypeNames.ApiName(ErrorType);
        return texts.Count == 0 ? type : type + ": " + string.Join("; ", texts);
    }
}
