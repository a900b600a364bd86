using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Secrets;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Secrets;

public sealed class SecretsApiTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private HttpClient Admin => fixture.Server.Client(Roles.Admin);

    [Fact]
    public async Task PutSecret_NewName_Answers201WithoutTheValue()
    {
        using var response = await Admin.PutAsJsonAsync("/api/secrets/vc-prod-sso", new { value = "Pr0d-Passw0rd!", description = "prod SSO" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Pr0d-Passw0rd!", body, StringComparison.Ordinal);
        Assert.Equal("prod SSO", JsonDocument.Parse(body).RootElement.GetProperty("description").GetString());
    }

    [Fact]
    public async Task GetAndListSecrets_AfterPut_NeverReturnTheValue()
    {
        await Admin.PutAsJsonAsync("/api/secrets/listed-secret", new { value = "L1sted-Value-42" });

        var one = await Admin.GetStringAsync(new Uri("/api/secrets/listed-secret", UriKind.Relative));
        var all = await Admin.GetStringAsync(new Uri("/api/secrets", UriKind.Relative));

        Assert.DoesNotContain("L1sted-Value-42", one, StringComparison.Ordinal);
        Assert.DoesNotContain("L1sted-Value-42", all, StringComparison.Ordinal);
        Assert.Contains("listed-secret", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutSecret_Stored_IsEncryptedAtRestAndRevealableInProcess()
    {
        await Admin.PutAsJsonAsync("/api/secrets/at-rest", new { value = "At-Rest-Plain-9" });

        string stored;
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(fixture.Server.DataPath, "vcrunbooks.db")};Mode=ReadOnly"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT ProtectedValue FROM server_secrets WHERE Name = 'at-rest'";
            stored = (string)(await command.ExecuteScalarAsync())!;
        }
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var revealed = await scope.ServiceProvider.GetRequiredService<ISecretResolver>().RevealAsync("at-rest", CancellationToken.None);

        Assert.DoesNotContain("At-Rest-Plain-9", stored, StringComparison.Ordinal);
        Assert.True(stored.Length > 40, "expected a Data Protection payload");
        Assert.Equal("At-Rest-Plain-9", revealed);
    }

    [Theory]
    [InlineData("Bad Name", "{\"value\":\"good-value\"}", "name")]
    [InlineData("ok-name", "{\"value\":\"abc\"}", "value")]
    [InlineData("ok-name", "{}", "value")]
    public async Task PutSecret_Invalid_Answers400NamingTheField(string name, string json, string field)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await Admin.PutAsync(new Uri($"/api/secrets/{Uri.EscapeDataString(name)}", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}: {problem}");
    }

    [Fact]
    public async Task DeleteSecret_UsedByTarget_Answers409NamingTheTarget()
    {
        await Admin.PutAsJsonAsync("/api/secrets/in-use", new { value = "In-Use-Value-1" });
        await Admin.PutAsJsonAsync("/api/targets/uses-secret", new { address = "vcsa.example.com", ssoPasswordSecret = "in-use" });

        using var response = await Admin.DeleteAsync(new Uri("/api/secrets/in-use", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("uses-secret", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteSecret_Unknown_Answers404Problem()
    {
        using var response = await Admin.DeleteAsync(new Uri("/api/secrets/never-there", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
