using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Scripts;

/// <summary>Script runbooks through the same API as JSON ones: validate and publish with file:line:col errors, list, run, journal and the live stream.</summary>
public sealed class ScriptRunbooksApiTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private HttpClient Author => fixture.Server.Client(Roles.Author);

    private static object Script(string file, string code) => new { script = new { file, code } };

    [Fact]
    public async Task Validate_ScriptWithACompileErrorAndARefusal_AnswersEachAsFileLineColumn()
    {
        using var response = await Author.PostAsJsonAsync("/api/runbooks/validate",
            Script("runbooks/broken.csx", "// id: broken\nvar x = 1;\nvar y = x + missing;\n"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        using var refused = await Author.PostAsJsonAsync("/api/runbooks/validate",
            Script("runbooks/sneaky.csx", "// id: sneaky\nvar home = System.Environment.GetEnvironmentVariable(\"HOME\");\n"));
        var refusal = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body["valid"]!.GetValue<bool>());
        Assert.Equal("runbooks/broken.csx:3:13", body["errors"]![0]!["path"]!.GetValue<string>());
        Assert.Contains("CS0103", body["errors"]![0]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("runbooks/sneaky.csx:2:19", refusal["errors"]![0]!["path"]!.GetValue<string>());
        Assert.Contains("System.Environment", refusal["errors"]![0]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishAndRun_Script_IsListedRunsAndJournalsLikeAJsonRunbook()
    {
        const string code = "// id: hello-script\n// name: Hello from a script\nvar who = Input<string>(\"who\", \"Whom to greet.\", \"operators\");\nLog($\"hello {who}\");\nOutput(\"greeted\", who);\n";
        using var draft = await Author.PutAsJsonAsync("/api/runbooks/hello-script/draft", Script("runbooks/hello.csx", code));
        using var publish = await Author.PostAsync(new Uri("/api/runbooks/hello-script/publish", UriKind.Relative), null);
        var listed = await Author.GetFromJsonAsync<JsonArray>("/api/runbooks");
        var published = await Author.GetFromJsonAsync<JsonObject>("/api/runbooks/hello-script");

        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Equal(HttpStatusCode.Created, publish.StatusCode);
        Assert.Contains(listed!, r => r!["id"]!.GetValue<string>() == "hello-script" && r["name"]!.GetValue<string>() == "Hello from a script");
        Assert.Equal("who", published!["inputs"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(64, published["script"]!["hash"]!.GetValue<string>().Length);

        var runId = await RunDriver.StartAsync(fixture.Server, "hello-script");
        var status = await RunDriver.WaitForEndAsync(fixture.Server, runId);
        var journal = await Author.GetFromJsonAsync<JsonArray>($"/api/runs/{runId}/journal");

        Assert.Equal("Completed", status);
        Assert.Contains(journal!, j => j!["message"]!.GetValue<string>() == "hello operators");
        var run = await Author.GetFromJsonAsync<JsonObject>($"/api/runs/{runId}");
        Assert.Equal("operators", run!["variables"]!["greeted"]!.GetValue<string>());
    }
}
