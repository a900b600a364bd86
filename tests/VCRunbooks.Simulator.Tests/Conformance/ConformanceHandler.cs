using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace VCRunbooks.Simulator.Tests.Conformance;

/// <summary>
/// Sits under every test's HttpClient and checks each /api and /rest answer against the spec: the operation
/// must exist, its status code must be one the spec lists for it, and the body must match that status's schema.
/// A violation throws, so the test that provoked it fails. Every checked (operation, status) is recorded.
/// </summary>
public sealed class ConformanceHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private static readonly SchemaValidator Validator = new(SwaggerSpec.Instance);

    /// <summary>"METHOD key status" of every answer checked in this test run.</summary>
    public static ConcurrentDictionary<string, int> Seen { get; } = new(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        if (!path.StartsWith("/api/", StringComparison.Ordinal) && !path.StartsWith("/rest/", StringComparison.Ordinal))
        {
            return response;
        }
        var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query);
        var action = query["action"] ?? query["~action"];
        var isTask = query["vmw-task"] == "true";
        var method = request.Method.Method;
        var operation = SwaggerSpec.Instance.Find(method, path, action, isTask);
        var status = (int)response.StatusCode;
        if (operation is null)
        {
            var guideKey = $"{method} {GuideTemplate(path)}";
            // Unknown paths must answer 404, the way a real appliance does; guide-only operations are allowed.
            if (status == 404 || GuideOnlyOperations.Keys.Contains(guideKey) || status == 503 && path.StartsWith("/api/appliance/task/", StringComparison.Ordinal))
            {
                return response;
            }
            throw new ConformanceViolationException($"{method} {request.RequestUri.PathAndQuery} answered {status}, but the spec has no such operation.");
        }

        Seen.AddOrUpdate($"{operation.Method} {operation.Key} {status}", 1, (_, n) => n + 1);
        var statusKey = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.Responses.TryGetProperty(statusKey, out var declared))
        {
            // 401, 403 and 503 come from the endpoint itself for every operation, whatever an operation lists.
            if (status is 401 or 403 or 503)
            {
                return response;
            }
            throw new ConformanceViolationException($"{method} {operation.Key} answered {status}; the spec lists only [{string.Join(", ", operation.Responses.EnumerateObject().Select(p => p.Name))}].");
        }
        if (declared.TryGetProperty("schema", out var schema))
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (string.IsNullOrEmpty(text))
            {
                throw new ConformanceViolationException($"{method} {operation.Key} answered {status} with no body; the spec declares one.");
            }
            using var document = JsonDocument.Parse(text);
            var errors = Validator.Validate(document.RootElement, Unwrapped(request, status, document.RootElement, schema, action));
            if (errors.Count > 0)
            {
                throw new ConformanceViolationException($"{method} {operation.Key} answered {status} with a body the spec does not allow:\n  {string.Join("\n  ", errors)}\nBody: {Truncate(text)}");
            }
        }
        else if (status != (int)HttpStatusCode.NoContent)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!string.IsNullOrEmpty(text))
            {
                throw new ConformanceViolationException($"{method} {operation.Key} answered {status} with a body; the spec declares none.");
            }
        }
        return response;
    }

    /// <summary>
    /// Stage-2 deployment on port 5480 answers structures without the /rest {"value": ...} box and in the /api shape
    /// (reference §1.1, S7: scripts read subtasks.firstboot directly): such a body is checked against the /api schema.
    /// </summary>
    private static JsonElement Unwrapped(HttpRequestMessage request, int status, JsonElement body, JsonElement schema, string? action)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (status != 200 || !path.StartsWith("/rest/vcenter/deployment", StringComparison.Ordinal)
            || body.ValueKind != JsonValueKind.Object || body.TryGetProperty("value", out _))
        {
            return schema;
        }
        var api = SwaggerSpec.Instance.Find(request.Method.Method, "/api/" + path["/rest/".Length..], action, isTask: false);
        return api is not null && api.Responses.TryGetProperty("200", out var ok) && ok.TryGetProperty("schema", out var apiSchema) ? apiSchema : schema;
    }

    private static string GuideTemplate(string path) =>
        path.StartsWith("/api/appliance/task/", StringComparison.Ordinal) ? "/api/appliance/task/{id}"
        : path.StartsWith("/api/appliance/update/pending/", StringComparison.Ordinal) && path.EndsWith("/requirements", StringComparison.Ordinal) ? "/api/appliance/update/pending/{version}/requirements"
        : path;

    private static string Truncate(string text) => text.Length <= 2000 ? text : text[..2000] + "...";
}
