using OpenTelemetry.Metrics;

namespace VCRunbooks.Server.Metrics;

/// <summary>OpenTelemetry metrics served in Prometheus text format at /metrics.</summary>
internal static class MetricsServiceCollectionExtensions
{
    public static IServiceCollection AddServerMetrics(this IServiceCollection services)
    {
        services.AddSingleton<ServerMetrics>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(ServerMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "MassTransit")
            .AddPrometheusExporter());
        return services;
    }

    public static IEndpointRouteBuilder MapServerMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint("/metrics").WithTags("Health").AllowAnonymous();
        return endpoints;
    }
}
