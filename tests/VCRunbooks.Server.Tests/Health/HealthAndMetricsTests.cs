using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Health;

public sealed class HealthAndMetricsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Live_Anonymous_AnswersHealthyWithoutRunningChecks()
    {
        using var response = await fixture.Server.Client(null).GetAsync(new Uri("/health/live", UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal(0, body.GetProperty("checks").GetArrayLength());
    }

    [Fact]
    public async Task Ready_Anonymous_ChecksDatabaseAndBus()
    {
        using var response = await fixture.Server.Client(null).GetAsync(new Uri("/health/ready", UriKind.Relative));
        var checks = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("checks")
            .EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", checks["database"]);
        Assert.Equal("Healthy", checks["masstransit-bus"]);
    }

    [Fact]
    public async Task Metrics_AfterSecretWritten_ExposesCounterInPrometheusFormat()
    {
        await fixture.Server.Client(Roles.Admin).PutAsJsonAsync("/api/secrets/metric-secret", new { value = "Metric-Value-1" });

        var text = await fixture.Server.Client(null).GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Contains("# TYPE vcrunbooks_secrets_written_total counter", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
    }
}
