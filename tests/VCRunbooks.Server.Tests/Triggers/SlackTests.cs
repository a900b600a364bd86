using System.Net;
using System.Text.Json;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Triggers;

/// <summary>Slack end to end: signed slash commands start runs by alias, questions become buttons, clicks answer them.</summary>
public sealed class SlackTests(SlackFixture fixture) : IClassFixture<SlackFixture>
{
    /// <summary>The command is acknowledged at once; the run link is the first post to its response URL.</summary>
    private async Task<string> RunIdOfAsync(string responsePath)
    {
        var started = await fixture.Slack.WaitForAsync(r => r.Path == "/" + responsePath && r.Body.Contains("Started", StringComparison.Ordinal));
        return started.Json!["text"]!.GetValue<string>().Split('|')[^1].Split('>')[0];
    }

    [Fact]
    public async Task Command_Alias_StartsTheRunbookWithFormatValuesDefaultsAndExtras()
    {
        var (status, reply) = await fixture.SendAsync(fixture.Command(SlackFixture.Operator, "greet vcsa-01 kind=nightly", "response/greet"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("in_channel", reply.GetProperty("response_type").GetString());
        Assert.StartsWith("Starting `from-slack`", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        var runId = await RunIdOfAsync("response/greet");
        var run = await fixture.RunAsync(runId);
        var inputs = run.GetProperty("inputs");
        Assert.Equal("from-slack", run.GetProperty("definitionId").GetString());
        Assert.Equal("vcsa-01", inputs.GetProperty("target").GetString());
        Assert.Equal("quick", inputs.GetProperty("mode").GetString());
        Assert.Equal("nightly", inputs.GetProperty("kind").GetString());
        Assert.Equal("from chat", inputs.GetProperty("note").GetString());
        var outcome = await fixture.Slack.WaitForAsync(r => r.Path == "/response/greet" && r.Body.Contains("completed", StringComparison.Ordinal));
        Assert.Contains($"/api/runs/{runId}", outcome.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, fixture.Slack.Requests.Count(r => r.Path == "/response/greet"));
    }

    [Fact]
    public async Task Question_ClickedByOperator_ResumesTheRun_StrangerAndSecondClickChangeNothing()
    {
        await fixture.SendAsync(fixture.Command(SlackFixture.Operator, "ask", "response/ask"));
        var runId = await RunIdOfAsync("response/ask");
        var posted = await fixture.Slack.WaitForAsync(r => r.Path == "/api/chat.postMessage" && r.Body.Contains(runId, StringComparison.Ordinal));
        var message = posted.Json!;
        Assert.Equal("C_OPS", message["channel"]!.GetValue<string>());
        Assert.Equal("Bearer xoxb-not-a-real-token", posted.Headers["authorization"]);
        var buttons = message["blocks"]![1]!["elements"]!.AsArray();
        Assert.Equal(["yes", "no"], buttons.Select(b => b!["text"]!["text"]!.GetValue<string>()).ToArray());
        var no = buttons[1]!["value"]!.GetValue<string>();

        await fixture.SendAsync(fixture.Click(SlackFixture.Stranger, no, "response/stranger"));
        var refused = await fixture.Slack.WaitForAsync(r => r.Path == "/response/stranger");
        Assert.StartsWith("Not allowed", refused.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("ephemeral", refused.Json!["response_type"]!.GetValue<string>());
        Assert.Equal("Suspended", (await fixture.RunAsync(runId)).GetProperty("status").GetString());

        var (clicked, _) = await fixture.SendAsync(fixture.Click(SlackFixture.Operator, no, "response/olivia"));
        Assert.Equal(HttpStatusCode.OK, clicked);
        await RunDriver.FollowAsync(fixture.Server.Server, runId, e => e.Event == "RunCompleted" || (e.Event == "state" && e.Data.Contains("\"status\":\"Completed\"", StringComparison.Ordinal)));
        var run = await fixture.RunAsync(runId);
        Assert.Equal("Completed", run.GetProperty("status").GetString());
        var answered = run.GetProperty("outputs").GetProperty("ask");
        Assert.Equal("no", answered.GetProperty("Answer").GetString());
        Assert.Equal("slack:U_OLIVIA (u_olivia)", answered.GetProperty("AnsweredBy").GetString());
        var updated = await fixture.Slack.WaitForAsync(r => r.Path == "/api/chat.update" && r.Body.Contains(runId, StringComparison.Ordinal));
        Assert.Contains("Answered *no* by slack:U_OLIVIA (u_olivia)", updated.Body, StringComparison.Ordinal);

        await fixture.SendAsync(fixture.Click(SlackFixture.OnCall, buttons[0]!["value"]!.GetValue<string>(), "response/late"));
        var late = await fixture.Slack.WaitForAsync(r => r.Path == "/response/late");
        Assert.Equal("Already answered no by slack:U_OLIVIA (u_olivia).", late.Json!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Question_ClickedAfterTheRunWasCancelled_IsRefusedInWords_AndLeavesTheQuestionUnclaimed()
    {
        await fixture.SendAsync(fixture.Command(SlackFixture.Operator, "ask", "response/ask-cancelled"));
        var runId = await RunIdOfAsync("response/ask-cancelled");
        var posted = await fixture.Slack.WaitForAsync(r => r.Path == "/api/chat.postMessage" && r.Body.Contains(runId, StringComparison.Ordinal));
        var yes = posted.Json!["blocks"]![1]!["elements"]![0]!["value"]!.GetValue<string>();
        using (var cancel = await fixture.Server.Server.Client(VCRunbooks.Server.Auth.Roles.Operator).PostAsync($"/api/runs/{runId}/cancel", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, cancel.StatusCode);
        }
        Assert.Equal("Cancelled", await RunDriver.WaitForEndAsync(fixture.Server.Server, runId));

        var (clicked, _) = await fixture.SendAsync(fixture.Click(SlackFixture.Operator, yes, "response/too-late"));
        Assert.Equal(HttpStatusCode.OK, clicked);
        var refused = await fixture.Slack.WaitForAsync(r => r.Path == "/response/too-late");
        Assert.StartsWith("The answer was not taken", refused.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);

        // The refused answer did not claim the question: another operator is told the same, not "already answered".
        await fixture.SendAsync(fixture.Click(SlackFixture.OnCall, yes, "response/too-late-again"));
        var again = await fixture.Slack.WaitForAsync(r => r.Path == "/response/too-late-again");
        Assert.StartsWith("The answer was not taken", again.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_FromAGroupMember_IsAnOperator_FromAViewer_IsNotAllowed()
    {
        var (_, group) = await fixture.SendAsync(fixture.Command(SlackFixture.OnCall, "greet vcsa-02", "response/group"));
        var (_, viewer) = await fixture.SendAsync(fixture.Command(SlackFixture.Viewer, "greet vcsa-02", "response/viewer"));
        var (_, viewerHelp) = await fixture.SendAsync(fixture.Command(SlackFixture.Viewer, "help", "response/viewer-help"));

        Assert.StartsWith("Starting `from-slack`", group.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Not allowed: u_victor is not mapped to the operator role", viewer.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("ephemeral", viewer.GetProperty("response_type").GetString());
        Assert.StartsWith("You may run no runbooks from chat", viewerHelp.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_HelpTypoAndMissingInput_AnsweredInWords()
    {
        var (_, help) = await fixture.SendAsync(fixture.Command(SlackFixture.Operator, "help", "response/help"));
        var (_, typo) = await fixture.SendAsync(fixture.Command(SlackFixture.Operator, "gret vcsa-01", "response/typo"));
        var (_, missing) = await fixture.SendAsync(fixture.Command(SlackFixture.Operator, "greet", "response/missing"));

        Assert.Contains("`greet {target} [mode {mode=quick}]`", help.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("`ask` — Asks whether to proceed.", help.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Unknown command `gret`. Did you mean `greet {target} [mode {mode=quick}]`? Try `help` for the list.", typo.GetProperty("text").GetString());
        Assert.Equal("`greet` does not fit `greet`. Missing input: target. Usage: `greet {target} [mode {mode=quick}]`", missing.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Command_BadOrStaleSignature_401AndNothingStarts()
    {
        var before = (await fixture.Server.RunsOfAsync("from-slack")).Count;

        var (bad, badBody) = await fixture.SendAsync(fixture.Command(SlackFixture.Operator, "greet vcsa-09", "response/bad", secret: "wrong-secret"));
        var (stale, staleBody) = await fixture.SendAsync(fixture.Command(SlackFixture.Operator, "greet vcsa-09", "response/stale", at: fixture.Time.GetUtcNow().AddMinutes(-5).AddSeconds(-1)));
        var (inWindow, _) = await fixture.SendAsync(fixture.Command(SlackFixture.Operator, "help", "response/window", at: fixture.Time.GetUtcNow().AddMinutes(-4)));

        Assert.Equal(HttpStatusCode.Unauthorized, bad);
        Assert.Equal("bad_signature", badBody.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, stale);
        Assert.Equal("stale_timestamp", staleBody.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.OK, inWindow);
        Assert.Equal(before, (await fixture.Server.RunsOfAsync("from-slack")).Count);
        Assert.DoesNotContain(SlackFixture.SigningSecret, fixture.Server.Server.Logs.AllText(), StringComparison.Ordinal);
    }
}
