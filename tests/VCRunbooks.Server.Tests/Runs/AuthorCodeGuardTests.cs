using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Runs;

/// <summary>
/// The hardening report's attacks, made with an author's key against the real server: nothing of the code runs at
/// validation, refused code never publishes, and code that spins faults its run while the server stays ready.
/// </summary>
public sealed class AuthorCodeGuardTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private HttpClient Author => fixture.Server.Client(Roles.Author);

    private static JsonNode LogRunbook(string id, string code) => JsonNode.Parse($$"""
        { "id": "{{id}}", "name": "{{id}}",
          "activities": [ { "id": "start", "type": "Start" }, { "id": "log", "type": "Log", "inputs": { "Message": { "expr": {{JsonSerializer.Serialize(code)}} } } } ],
          "connections": [ { "from": "start", "to": "log" } ] }
        """)!;

    [Fact]
    public async Task Validate_ExpressionThatDeclaresAModuleInitializer_RunsNothingAndNamesThePosition()
    {
        var marker = Path.Combine(fixture.Server.DataPath, "validate-ran-code");
        var code = $$"""
            "x"; } [System.Runtime.CompilerServices.ModuleInitializer] internal static void Init() { System.IO.File.WriteAllText({{JsonSerializer.Serialize(marker)}}, "pwned"); } static string Y() { return "y"
            """;

        using var response = await Author.PostAsJsonAsync("/api/runbooks/validate", LogRunbook("initializer", code));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.GetProperty("valid").GetBoolean());
        var error = body.GetProperty("errors")[0];
        Assert.Equal("$.activities[1].inputs.Message", error.GetProperty("path").GetString());
        Assert.Contains("line 1, column 4", error.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.False(File.Exists(marker));
    }

    [Fact]
    public async Task Publish_ExpressionReadingTheAdminKey_IsRefusedNamingTheSymbol()
    {
        var keyFile = Path.Combine(fixture.Server.DataPath, "admin-api-key.txt");
        var code = $"System.IO.File.ReadAllText({JsonSerializer.Serialize(keyFile)})";

        using var draft = await Author.PutAsJsonAsync("/api/runbooks/steal-key/draft", LogRunbook("steal-key", code));
        var saved = JsonDocument.Parse(await draft.Content.ReadAsStringAsync()).RootElement;
        using var publish = await Author.PostAsync(new Uri("/api/runbooks/steal-key/publish", UriKind.Relative), null);
        var problem = await publish.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.False(saved.GetProperty("valid").GetBoolean());
        Assert.Contains("'System.IO.File' is not allowed (files and streams)", saved.GetProperty("errors").ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
        Assert.Contains("System.IO.File", problem, StringComparison.Ordinal);
        using var versions = await Author.GetAsync(new Uri("/api/runbooks/steal-key/versions", UriKind.Relative));
        Assert.Equal("[]", await versions.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Run_ExpressionThatSpins_FaultsWhileTheServerStaysReadyAndRunsOthers()
    {
        const string spin = "Enumerable.Range(0, int.MaxValue).SelectMany(i => Enumerable.Range(0, int.MaxValue)).Count().ToString()";
        using (var draft = await Author.PutAsJsonAsync("/api/runbooks/spin/draft", LogRunbook("spin", spin)))
        {
            draft.EnsureSuccessStatusCode();
        }

        using (var publish = await Author.PostAsync(new Uri("/api/runbooks/spin/publish", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.Created, publish.StatusCode);
        }

        var spinning = await Task.WhenAll(RunDriver.StartAsync(fixture.Server, "spin"), RunDriver.StartAsync(fixture.Server, "spin"));
        var hello = await RunDriver.StartAsync(fixture.Server, "hello");

        Assert.Equal("Completed", RunDriver.LastStatus(await RunDriver.FollowAsync(fixture.Server, hello)));
        foreach (var run in spinning)
        {
            Assert.Equal("Faulted", RunDriver.LastStatus(await RunDriver.FollowAsync(fixture.Server, run)));
            var details = await fixture.Server.Client(Roles.Viewer).GetStringAsync(new Uri($"/api/runs/{run}", UriKind.Relative));
            Assert.Contains("ran past its time budget of 100 ms", details, StringComparison.Ordinal);
        }

        using var ready = await fixture.Server.Client(null).GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
