using System.Net.Http.Json;
using VCRunbooks.Server.Auth;

namespace VCRunbooks.Server.Tests.Auth;

/// <summary>Every endpoint of the server, as the role matrix calls it. A test checks no mapped endpoint is missing.</summary>
public static class EndpointCatalog
{
    public static IReadOnlyList<EndpointCase> All { get; } =
    [
        new("GET", "/health/live", "/health/live", null),
        new("GET", "/health/ready", "/health/ready", null),
        new("GET", "/metrics", "/metrics", null),
        new("GET", "/openapi/{documentName}.json", "/openapi/v1.json", null),
        new("GET", "/scalar/{documentName?}", "/scalar/v1", null),
        new("GET", "/scalar/scalar.js", "/scalar/scalar.js", null),
        new("GET", "/scalar/scalar.aspnetcore.js", "/scalar/scalar.aspnetcore.js", null),
        new("GET", "/scalar/favicon.svg", "/scalar/favicon.svg", null),
        new("GET", "/", "/", null),

        new("GET", "/api/targets/", "/api/targets", Roles.Viewer),
        new("GET", "/api/targets/{name}", "/api/targets/demo-patch", Roles.Viewer),
        new("PUT", "/api/targets/{name}", "/api/targets/matrix-put", Roles.Admin, new { address = "vcsa.example.com", tags = new[] { "matrix" } }),
        new("DELETE", "/api/targets/{name}", "/api/targets/matrix-delete", Roles.Admin,
            ArrangeAsAdmin: client => client.PutAsJsonAsync("/api/targets/matrix-delete", new { address = "vcsa.example.com" })),

        new("GET", "/api/secrets/", "/api/secrets", Roles.Admin),
        new("GET", "/api/secrets/{name}", "/api/secrets/demo-sso-password", Roles.Admin),
        new("PUT", "/api/secrets/{name}", "/api/secrets/matrix-put", Roles.Admin, new { value = "matrix-value-1", description = "matrix" }),
        new("DELETE", "/api/secrets/{name}", "/api/secrets/matrix-delete", Roles.Admin,
            ArrangeAsAdmin: client => client.PutAsJsonAsync("/api/secrets/matrix-delete", new { value = "matrix-value-2" })),
    ];
}
