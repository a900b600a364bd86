using Microsoft.Extensions.Diagnostics.HealthChecks;
using VCRunbooks.Server.Persistence;

namespace VCRunbooks.Server.Health;

/// <summary>Ready only when the database answers a query (on a plain connection: EF's model is not needed to know that).</summary>
internal sealed class DatabaseHealthCheck(ServerDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await PlainSql.CountAsync(database, "SELECT 1", cancellationToken);
            return HealthCheckResult.Healthy("The database answers.");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("Cannot connect to the database.", ex);
        }
    }
}
