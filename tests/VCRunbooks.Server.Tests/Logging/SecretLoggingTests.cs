using System.Net.Http.Json;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Logging;

public sealed class SecretLoggingTests
{
    [Fact]
    public async Task PutSecretThroughApi_WholeRequestLogged_NeverContainsTheValue()
    {
        await using var server = await TestServer.StartAsync();
        const string value = "Api-Written-Secret-77";

        await server.Client(Roles.Admin).PutAsJsonAsync("/api/secrets/logged", new { value });
        await server.Client(Roles.Admin).PutAsJsonAsync("/api/targets/logged", new { address = "vcsa.example.com", ssoPasswordSecret = "logged" });

        Assert.NotEmpty(server.Logs.Events);
        Assert.DoesNotContain(value, server.Logs.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(TestKeys.For(Roles.Admin), server.Logs.AllText(), StringComparison.Ordinal);
    }
}
