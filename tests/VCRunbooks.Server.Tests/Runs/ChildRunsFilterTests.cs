using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Runs;

/// <summary>GET /api/runs?parent={id}: the child runs one run started, and nothing else.</summary>
public sealed class ChildRunsFilterTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task ListRuns_ByParent_AnswersOnlyThatRunsChildren()
    {
        var admin = fixture.Server.Client(Roles.Admin);
        (await admin.PutAsJsonAsync("/api/runbooks/two-children/draft", JsonNode.Parse("""
            { "id": "two-children", "name": "Two children",
              "activities": [ { "id": "start", "type": "Start" },
                              { "id": "first", "type": "RunRunbook", "inputs": { "DefinitionId": "hello" } },
                              { "id": "second", "type": "RunRunbook", "inputs": { "DefinitionId": "hello" } } ],
              "connections": [ { "from": "start", "to": "first" }, { "from": "first", "to": "second" } ] }
            """))).EnsureSuccessStatusCode();
        (await admin.PostAsync(new Uri("/api/runbooks/two-children/publish", UriKind.Relative), null)).EnsureSuccessStatusCode();
        var parent = await RunDriver.StartAsync(fixture.Server, "two-children");
        var other = await RunDriver.StartAsync(fixture.Server, "two-children");
        Assert.Equal("Completed", await RunDriver.WaitForEndAsync(fixture.Server, parent));
        Assert.Equal("Completed", await RunDriver.WaitForEndAsync(fixture.Server, other));

        var children = await fixture.Server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>($"/api/runs?parent={parent}");
        var none = await fixture.Server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>("/api/runs?parent=no-such-run");

        Assert.Equal(2, children.GetArrayLength());
        Assert.All(children.EnumerateArray(), c =>
        {
            Assert.Equal(parent, c.GetProperty("parentRunId").GetString());
            Assert.Equal("hello", c.GetProperty("definitionId").GetString());
        });
        Assert.Equal(0, none.GetArrayLength());
    }

    [Fact]
    public async Task ListRuns_BadParent_Answers400NamingIt()
    {
        using var response = await fixture.Server.Client(Roles.Viewer).GetAsync(new Uri("/api/runs?parent=" + new string('x', 201), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("parent", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
