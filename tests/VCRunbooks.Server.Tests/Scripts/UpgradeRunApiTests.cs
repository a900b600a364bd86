using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Scripts;

/// <summary>POST /api/runs/{id}/upgrade: a waiting script run moves to a fixed version and goes on with its code; what cannot move is refused naming why.</summary>
public sealed class UpgradeRunApiTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private HttpClient Author => fixture.Server.Client(Roles.Author);
    private HttpClient Operator => fixture.Server.Client(Roles.Operator);

    private static string Code(string id, string after) =>
        $"// id: {id}\nvar answer = await Ask(\"Go on?\", [\"yes\", \"no\"], \"no\", TimeSpan.FromHours(1));\nLog($\"{after} {{answer.Answer}}\");\n";

    private async Task<int> PublishAsync(string id, string code)
    {
        using var draft = await Author.PutAsJsonAsync($"/api/runbooks/{id}/draft", new { script = new { file = $"runbooks/{id}.csx", code } });
        draft.EnsureSuccessStatusCode();
        using var publish = await Author.PostAsync(new Uri($"/api/runbooks/{id}/publish", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Created, publish.StatusCode);
        return (await publish.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<int>();
    }

    private static async Task<string> DetailOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]?.GetValue<string>() ?? "";

    [Fact]
    public async Task Upgrade_WaitingScriptRun_GoesOnWithTheNewVersion()
    {
        await PublishAsync("upgrade-fix", Code("upgrade-fix", "typo"));
        var runId = await RunDriver.StartAsync(fixture.Server, "upgrade-fix");
        await RunDriver.WaitForQuestionAsync(fixture.Server, runId);
        var fixedVersion = await PublishAsync("upgrade-fix", Code("upgrade-fix", "fixed"));

        using var upgrade = await Operator.PostAsJsonAsync($"/api/runs/{runId}/upgrade", new { version = fixedVersion });
        var moved = await upgrade.Content.ReadFromJsonAsync<JsonObject>();
        using var answer = await Operator.PostAsJsonAsync($"/api/questions/{runId}:L2.1/answer", new { answer = "yes" });
        var status = await RunDriver.WaitForEndAsync(fixture.Server, runId);
        var journal = await Operator.GetFromJsonAsync<JsonArray>($"/api/runs/{runId}/journal");

        Assert.Equal(HttpStatusCode.OK, upgrade.StatusCode);
        Assert.Equal(fixedVersion, moved!["version"]!.GetValue<int>());
        Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync());
        Assert.Equal("Completed", status);
        Assert.Contains(journal!, j => j!["kind"]!.GetValue<string>() == "upgraded");
        Assert.Contains(journal!, j => j!["message"]!.GetValue<string>() == "fixed yes");
        Assert.DoesNotContain(journal!, j => j!["message"]!.GetValue<string>() == "typo yes");
    }

    [Fact]
    public async Task Upgrade_WhatCannotMove_IsRefusedNamingWhy()
    {
        var first = await PublishAsync("upgrade-refused", Code("upgrade-refused", "one"));
        var runId = await RunDriver.StartAsync(fixture.Server, "upgrade-refused");
        await RunDriver.WaitForQuestionAsync(fixture.Server, runId);
        var flowchartRun = await RunDriver.StartAsync(fixture.Server, "ask");
        await RunDriver.WaitForQuestionAsync(fixture.Server, flowchartRun);

        using var noVersion = await Operator.PostAsJsonAsync($"/api/runs/{runId}/upgrade", new { });
        using var unknownVersion = await Operator.PostAsJsonAsync($"/api/runs/{runId}/upgrade", new { version = 99 });
        using var sameVersion = await Operator.PostAsJsonAsync($"/api/runs/{runId}/upgrade", new { version = first });
        using var unknownRun = await Operator.PostAsJsonAsync("/api/runs/no-such-run/upgrade", new { version = 2 });
        using var flowchart = await Operator.PostAsJsonAsync($"/api/runs/{flowchartRun}/upgrade", new { version = 1 });
        var second = await PublishAsync("upgrade-refused", Code("upgrade-refused", "two"));
        using var cancel = await Operator.PostAsync(new Uri($"/api/runs/{runId}/cancel", UriKind.Relative), null);
        await RunDriver.WaitForEndAsync(fixture.Server, runId);
        using var ended = await Operator.PostAsJsonAsync($"/api/runs/{runId}/upgrade", new { version = second });

        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        Assert.Contains("version is required", await noVersion.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownVersion.StatusCode);
        Assert.Contains("has no version 99", await DetailOf(unknownVersion), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, sameVersion.StatusCode);
        Assert.Contains($"already runs version {first}", await DetailOf(sameVersion), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownRun.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, flowchart.StatusCode);
        Assert.Contains("Only script runbooks", await DetailOf(flowchart), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, ended.StatusCode);
        Assert.Contains("only a waiting (suspended) run", await DetailOf(ended), StringComparison.Ordinal);
    }
}
