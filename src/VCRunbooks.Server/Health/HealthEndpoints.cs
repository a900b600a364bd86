using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace VCRunbooks.Server.Health;

/// <summary>/health/live (the process answers) and /health/ready (database and, when configured, the broker).</summary>
internal static class HealthEndpoints
{
    /// <summary>Tag of the checks readiness waits for; MassTransit tags its bus check the same way.</summary>
    public const string ReadyTag = "ready";

    public static IServiceCollection AddServerHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .WithTags("Health").WithName("Live").WithSummary("Liveness: the process answers.").AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync })
            .WithTags("Health").WithName("Ready").WithSummary("Readiness: database and broker checks.").AllowAnonymous();
        return endpoints;
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, cancellationToken: http.RequestAborted);
    }
}
