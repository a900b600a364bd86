using System.Net;
using System.Text.Json;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Json;

namespace VCRunbooks.VCenter.Client.Transport;

/// <summary>Turns an error answer (/api <c>{error_type,messages}</c> or /rest <c>{type,value}</c>) into a <see cref="VCenterException"/>.</summary>
internal static class ErrorEnvelopeParser
{
    public static VCenterException Parse(string operation, HttpStatusCode status, string body)
    {
        var (type, messages) = TryRead(body);
        var transient = ErrorClassifier.IsTransient(type, status);
        var text = messages.Count > 0 ? string.Join(" ", messages.Select(m => m.DefaultMessage)) : $"HTTP {(int)status}";
        var message = $"{operation} failed: {(type is { } t ? ErrorTypeNames.ApiName(t) : "HTTP " + (int)status)}: {text}";
        return new VCenterException(message, type, status, messages, transient);
    }

    private static (ErrorType? Type, IReadOnlyList<LocalizableMessage> Messages) TryRead(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, []);
        }
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, []);
            }
            if (root.TryGetProperty("error_type", out _))
            {
                var error = root.Deserialize<VapiError>(VCenterJson.Options)!;
                return (error.ErrorType, error.Messages);
            }
            if (root.TryGetProperty("type", out var restType) && restType.ValueKind == JsonValueKind.String)
            {
                ErrorType? type = ErrorTypeNames.TryParseRestName(restType.GetString()!, out var parsed) ? parsed : null;
                var messages = root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Object
                    && value.TryGetProperty("messages", out var list)
                    ? list.Deserialize<List<LocalizableMessage>>(VCenterJson.Options) ?? []
                    : [];
                return (type, messages);
            }
        }
        catch (JsonException)
        {
            // Not an envelope (a proxy's HTML page, say): the status code alone classifies it.
        }
        return (null, []);
    }
}
