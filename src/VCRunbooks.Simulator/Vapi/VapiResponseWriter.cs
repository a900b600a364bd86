using System.Text.Json;
using System.Text.Json.Nodes;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Json;

namespace VCRunbooks.Simulator.Vapi;

/// <summary>Writes results and errors in the /api or the /rest convention.</summary>
internal static class VapiResponseWriter
{
    public const string Challenge = "Basic realm=\"VAPI endpoint\",SIGN realm=\"VAPI endpoint\",service=\"VAPI endpoint\"";

    public static Task WriteResultAsync(HttpContext http, VapiOperation operation, bool isRest, VapiResult result)
    {
        if (isRest)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            if (result.Kind == VapiResultKind.NoContent)
            {
                return Task.CompletedTask;
            }
            var value = Serialize(result.Value);
            return WriteJsonAsync(http, operation.RestUnwrapped ? value : new JsonObject { ["value"] = value });
        }

        http.Response.StatusCode = result.Kind switch
        {
            VapiResultKind.Created => StatusCodes.Status201Created,
            VapiResultKind.NoContent => StatusCodes.Status204NoContent,
            VapiResultKind.Accepted => StatusCodes.Status202Accepted,
            _ => StatusCodes.Status200OK,
        };
        return result.Kind == VapiResultKind.NoContent ? Task.CompletedTask : WriteJsonAsync(http, Serialize(result.Value));
    }

    public static Task WriteErrorAsync(HttpContext http, bool isRest, VapiError error)
    {
        if (error.ErrorType == ErrorType.Unauthenticated)
        {
            http.Response.Headers.WWWAuthenticate = Challenge;
            error = error with { Challenge = Challenge };
        }
        if (!isRest)
        {
            http.Response.StatusCode = ErrorStatusCodes.Api(error.ErrorType);
            return WriteJsonAsync(http, Serialize(error));
        }

        http.Response.StatusCode = ErrorStatusCodes.Rest(error.ErrorType);
        var value = Serialize(error)!.AsObject();
        value.Remove("error_type");
        return WriteJsonAsync(http, new JsonObject
        {
            ["type"] = ErrorTypeNames.RestName(error.ErrorType),
            ["value"] = value,
        });
    }

    private static JsonNode? Serialize(object? value) =>
        value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), VCenterJson.Options);

    private static async Task WriteJsonAsync(HttpContext http, JsonNode? body)
    {
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body?.ToJsonString(VCenterJson.Options) ?? "null", http.RequestAborted);
    }
}
