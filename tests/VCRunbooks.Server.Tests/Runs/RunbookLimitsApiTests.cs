using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Runs;

/// <summary>Oversized or malformed runbook requests get 400 or 413 naming the limit, never a 500 or a crash.</summary>
public sealed class RunbookLimitsApiTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private HttpClient Author => fixture.Server.Client(Roles.Author);

    [Theory]
    [InlineData(300)]
    [InlineData(5_000)]
    public async Task SaveDraft_LongId_Is400WithTheIdRule(int length)
    {
        var id = new string('a', length);
        var body = JsonNode.Parse(TestRunbooks.Hello)!;
        body["id"] = id;

        using var response = await Author.PutAsJsonAsync($"/api/runbooks/{id}/draft", body);
        var problem = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("1 to 100 letters, digits", problem, StringComparison.Ordinal);
        Assert.Contains($"{length} characters", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BodyOverFourMegabytes_Is413NamingTheLimit()
    {
        var body = "{\"id\":\"big\",\"name\":\"" + new string('x', 5 * 1024 * 1024) + "\"}";

        using var response = await Author.PostAsync(new Uri("/api/runbooks/validate", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most 4194304 bytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ChainOverTheActivityLimit_NamesTheLimit()
    {
        var activities = new JsonArray { new JsonObject { ["id"] = "start", ["type"] = "Start" } };
        var connections = new JsonArray();
        for (var i = 0; i < 20_000; i++)
        {
            activities.Add(new JsonObject { ["id"] = $"a{i}", ["type"] = "Log", ["inputs"] = new JsonObject { ["Message"] = "x" } });
            connections.Add(new JsonObject { ["from"] = i == 0 ? "start" : $"a{i - 1}", ["to"] = $"a{i}" });
        }

        using var response = await Author.PostAsJsonAsync("/api/runbooks/validate", new JsonObject { ["id"] = "long", ["name"] = "long", ["activities"] = activities, ["connections"] = connections });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.GetProperty("valid").GetBoolean());
        Assert.Contains("at most 2000 activities; this one has 20001", body.GetProperty("errors").ToString(), StringComparison.Ordinal);
    }
}
