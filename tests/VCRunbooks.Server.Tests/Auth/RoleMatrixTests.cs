using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Auth;

/// <summary>Every endpoint with every role: 401 without credentials, 403 below its role, success at or above it.</summary>
public sealed class RoleMatrixTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly string?[] Callers = [null, Roles.Viewer, Roles.Operator, Roles.Author, Roles.Admin];

    public static TheoryData<string, string?> Matrix()
    {
        var data = new TheoryData<string, string?>();
        foreach (var endpoint in EndpointCatalog.All)
        {
            foreach (var caller in Callers)
            {
                data.Add(endpoint.ToString(), caller);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Endpoint_CalledWithRole_AnswersByRole(string endpointName, string? caller)
    {
        var endpoint = EndpointCatalog.All.Single(e => e.ToString() == endpointName);
        var path = endpoint.Arrange is null ? endpoint.Path : await endpoint.Arrange(fixture.Server);
        using var request = endpoint.Request(path);
        // Headers only: the all-runs event stream never ends, and the status is all the matrix checks.
        using var response = await fixture.Server.Client(caller).SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        var status = (int)response.StatusCode;
        if (endpoint.AnyoneStatus is { } expected)
        {
            // No API key or role opens an endpoint that only the sender's own signature opens.
            Assert.Equal(expected, status);
        }
        else if (endpoint.MinimumRole is null)
        {
            Assert.True(status is >= 200 and < 400, $"{endpoint} for {caller ?? "anonymous"} answered {status}");
        }
        else if (caller is null)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        else if (Roles.AtLeast(endpoint.MinimumRole).Contains(caller) && endpoint.GrantedStatus is { } granted)
        {
            Assert.Equal(granted, status);
        }
        else if (Roles.AtLeast(endpoint.MinimumRole).Contains(caller))
        {
            Assert.True(status is >= 200 and < 300, $"{endpoint} for {caller} answered {status}");
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public void EndpointCatalog_ComparedWithMappedEndpoints_CoversEveryEndpoint()
    {
        var mapped = fixture.Server.Services.GetServices<EndpointDataSource>()
            .SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Distinct().Order().ToList();
        var covered = EndpointCatalog.All.Select(e => $"{e.Method} {e.Pattern}").ToHashSet();

        var missing = mapped.Where(m => !covered.Contains(m)).ToList();
        Assert.True(missing.Count == 0, "Endpoints missing from the role matrix: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task ApiKey_Unknown_Answers401ProblemDetails()
    {
        var client = fixture.Server.Client(null);
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, "not-a-real-key-at-all");

        using var response = await client.GetAsync(new Uri("/api/targets", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
