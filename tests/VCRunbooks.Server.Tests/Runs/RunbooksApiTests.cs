using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Runs;

public sealed class RunbooksApiTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private HttpClient Author => fixture.Server.Client(Roles.Author);

    private static JsonNode Hello(string id)
    {
        var node = JsonNode.Parse(TestRunbooks.Hello)!;
        node["id"] = id;
        return node;
    }

    [Fact]
    public async Task ListRunbooks_AtStart_HoldsTheRunbooksFolder()
    {
        var list = await fixture.Server.Client(Roles.Viewer).GetStringAsync(new Uri("/api/runbooks", UriKind.Relative));

        foreach (var id in new[] { "hello", "ask", "fail" })
        {
            Assert.Contains($"\"id\":\"{id}\"", list, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Validate_BadConnection_ReportsPathAndReason()
    {
        var definition = Hello("broken");
        definition["connections"]!.AsArray().Add(new JsonObject { ["from"] = "log", ["to"] = "nowhere" });

        using var response = await Author.PostAsJsonAsync("/api/runbooks/validate", definition);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.GetProperty("valid").GetBoolean());
        Assert.Contains("nowhere", body.GetProperty("errors").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_UnknownMember_ReportsItsPath()
    {
        var definition = Hello("typo");
        definition["activites"] = new JsonArray();

        var body = JsonDocument.Parse(await (await Author.PostAsJsonAsync("/api/runbooks/validate", definition)).Content.ReadAsStringAsync()).RootElement;

        Assert.False(body.GetProperty("valid").GetBoolean());
        Assert.Contains("activites", body.GetProperty("errors").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftThenPublish_Twice_MakesVersionsOneAndTwo()
    {
        await Author.PutAsJsonAsync("/api/runbooks/versioned/draft", Hello("versioned"));
        using var first = await Author.PostAsync(new Uri("/api/runbooks/versioned/publish", UriKind.Relative), null);
        var changed = Hello("versioned");
        changed["name"] = "Hello again";
        await Author.PutAsJsonAsync("/api/runbooks/versioned/draft", changed);
        using var second = await Author.PostAsync(new Uri("/api/runbooks/versioned/publish", UriKind.Relative), null);
        var versions = JsonDocument.Parse(await Author.GetStringAsync(new Uri("/api/runbooks/versioned/versions", UriKind.Relative))).RootElement;

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal([1, 2], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal("Hello", (await Author.GetFromJsonAsync<JsonObject>("/api/runbooks/versioned?version=1"))!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Publish_InvalidDraft_Answers400WithPaths()
    {
        var definition = Hello("invalid-draft");
        definition["activities"]![1]!["type"] = "NoSuchActivity";
        using var saved = await Author.PutAsJsonAsync("/api/runbooks/invalid-draft/draft", definition);

        using var publish = await Author.PostAsync(new Uri("/api/runbooks/invalid-draft/publish", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
        Assert.Contains("NoSuchActivity", await publish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Published_WritesIndentedJsonToRunbooksFolder()
    {
        using var response = await Author.PostAsync(new Uri("/api/runbooks/ask/export", UriKind.Relative), null);
        var path = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("path").GetString()!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Path.Combine(fixture.Server.DataPath, "runbooks", "ask.json"), path);
        Assert.Contains("\n  \"id\": \"ask\"", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_UnchangedRunbooksFolder_PublishesNoNewVersion()
    {
        using var data = new TempDirectory();
        await using (await TestServer.StartAsync(data: data))
        {
        }

        await using var again = await TestServer.StartAsync(data: data);
        var versions = JsonDocument.Parse(await again.Client(Roles.Viewer).GetStringAsync(new Uri("/api/runbooks/hello/versions", UriKind.Relative))).RootElement;

        Assert.Equal(1, versions.GetArrayLength());
    }

    [Fact]
    public async Task Activities_Catalog_ListsBuiltInsWithInputs()
    {
        var catalog = JsonDocument.Parse(await fixture.Server.Client(Roles.Viewer).GetStringAsync(new Uri("/api/activities", UriKind.Relative))).RootElement;
        var ask = catalog.EnumerateArray().Single(a => a.GetProperty("type").GetString() == "Ask");

        Assert.Contains(ask.GetProperty("inputs").EnumerateArray(), i => i.GetProperty("name").GetString() == "Question");
    }
}
