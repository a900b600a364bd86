using Microsoft.Extensions.Diagnostics.HealthChecks;
using VCRunbooks.Server.Persistence;

namespace VCRunbooks.Server.Health;

/// <summary>Ready only when the database answers.</summary>
internal sealed class DatabaseHealthCheck(ServerDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("The database answers.")
                : HealthCheckResult.Unhealthy("Cannot connect to the database.");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("Cannot connect to the database.", ex);
        }
    }
}
