using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Runs;

public sealed class RunsApiTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private TestServer Server => fixture.Server;

    [Fact]
    public async Task StartRun_PublishedRunbook_StreamsStateJournalAndEventsToCompletion()
    {
        var runId = await RunDriver.StartAsync(Server, "hello");

        var events = await RunDriver.FollowAsync(Server, runId);

        Assert.Equal("Completed", RunDriver.LastStatus(events));
        Assert.Contains(events, e => e.Event == "journal" && e.Data.Contains("hello from a run", StringComparison.Ordinal));
        var journal = await Server.Client(Roles.Viewer).GetStringAsync(new Uri($"/api/runs/{runId}/journal", UriKind.Relative));
        Assert.Contains("hello from a run", journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartRun_SameIdempotencyKey_ReturnsTheFirstRun()
    {
        var first = await RunDriver.StartAsync(Server, "hello", "same-key");
        var second = await RunDriver.StartAsync(Server, "hello", "same-key");

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task StartRun_KeyThatStartedAnotherRunbook_Answers409NamingTheRun()
    {
        var first = await RunDriver.StartAsync(Server, "hello", "key-of-hello");
        var askRunsBefore = await CountRunsAsync("ask");

        using var response = await Server.Client(Roles.Operator).PostAsJsonAsync("/api/runs", new { runbook = "ask", idempotencyKey = "key-of-hello" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.Contains(first, detail, StringComparison.Ordinal);
        Assert.Contains("'hello'", detail, StringComparison.Ordinal);
        Assert.Equal(askRunsBefore, await CountRunsAsync("ask"));
    }

    private async Task<int> CountRunsAsync(string runbook) =>
        JsonDocument.Parse(await Server.Client(Roles.Viewer).GetStringAsync(new Uri($"/api/runs?runbook={runbook}", UriKind.Relative))).RootElement.GetArrayLength();

    [Fact]
    public async Task StartRun_UnknownRunbook_Answers404Problem()
    {
        using var response = await Server.Client(Roles.Operator).PostAsJsonAsync("/api/runs", new { runbook = "no-such-runbook" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Question_Answered_RunCompletes()
    {
        var runId = await RunDriver.StartAsync(Server, "ask");
        await RunDriver.WaitForQuestionAsync(Server, runId);
        var questions = JsonDocument.Parse(await Server.Client(Roles.Viewer).GetStringAsync(new Uri("/api/questions", UriKind.Relative))).RootElement;
        var questionId = questions.EnumerateArray().Single(q => q.GetProperty("runId").GetString() == runId).GetProperty("id").GetString();

        using var wrong = await Server.Client(Roles.Operator).PostAsJsonAsync($"/api/questions/{questionId}/answer", new { answer = "maybe" });
        using var answered = await Server.Client(Roles.Operator).PostAsJsonAsync($"/api/questions/{questionId}/answer", new { answer = "yes" });
        var events = await RunDriver.FollowAsync(Server, runId);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, answered.StatusCode);
        Assert.Equal("Completed", RunDriver.LastStatus(events));
    }

    [Fact]
    public async Task ListQuestions_ByRunbook_ShowsTheQuestionWithItsTextAndRunbook()
    {
        var runId = await RunDriver.StartAsync(Server, "ask");
        await RunDriver.WaitForQuestionAsync(Server, runId);

        var mine = JsonDocument.Parse(await Server.Client(Roles.Viewer).GetStringAsync(new Uri("/api/questions?runbook=ask&take=1000", UriKind.Relative))).RootElement;
        var others = JsonDocument.Parse(await Server.Client(Roles.Viewer).GetStringAsync(new Uri("/api/questions?runbook=hello", UriKind.Relative))).RootElement;
        using var badPage = await Server.Client(Roles.Viewer).GetAsync(new Uri("/api/questions?take=0", UriKind.Relative));

        var question = mine.EnumerateArray().Single(q => q.GetProperty("runId").GetString() == runId);
        Assert.Equal(("ask", "Proceed?"), (question.GetProperty("runbook").GetString(), question.GetProperty("details").GetProperty("text").GetString()));
        Assert.Equal(0, others.GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
    }

    [Fact]
    public async Task CancelRun_Waiting_CancelsAndCancelAfterEndIs409()
    {
        var runId = await RunDriver.StartAsync(Server, "ask");
        await RunDriver.WaitForQuestionAsync(Server, runId);

        using var cancel = await Server.Client(Roles.Operator).PostAsync(new Uri($"/api/runs/{runId}/cancel", UriKind.Relative), null);
        var events = await RunDriver.FollowAsync(Server, runId);
        using var again = await Server.Client(Roles.Operator).PostAsync(new Uri($"/api/runs/{runId}/cancel", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NoContent, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Cancelled", RunDriver.LastStatus(events));
    }

    [Fact]
    public async Task RetryRun_Faulted_RunsTheFailedStepAgain()
    {
        var runId = await RunDriver.StartAsync(Server, "fail");
        Assert.Equal("Faulted", RunDriver.LastStatus(await RunDriver.FollowAsync(Server, runId)));

        using var retry = await Server.Client(Roles.Operator).PostAsync(new Uri($"/api/runs/{runId}/retry", UriKind.Relative), null);
        var events = await RunDriver.FollowAsync(Server, runId);

        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.Equal("Faulted", RunDriver.LastStatus(events));
        Assert.True(events.Count(e => e.Event == "journal" && e.Data.Contains("failing on purpose", StringComparison.Ordinal)) >= 2);
    }

    [Fact]
    public async Task RetryRun_Completed_Answers409()
    {
        var runId = await RunDriver.StartAsync(Server, "hello");
        await RunDriver.FollowAsync(Server, runId);

        using var retry = await Server.Client(Roles.Operator).PostAsync(new Uri($"/api/runs/{runId}/retry", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Conflict, retry.StatusCode);
    }

    [Fact]
    public async Task ListRuns_ByRunbookAndStatus_Filters()
    {
        var runId = await RunDriver.StartAsync(Server, "hello", "list-filter");
        await RunDriver.FollowAsync(Server, runId);

        var completed = await Server.Client(Roles.Viewer).GetStringAsync(new Uri("/api/runs?runbook=hello&status=Completed", UriKind.Relative));
        var faulted = await Server.Client(Roles.Viewer).GetStringAsync(new Uri("/api/runs?runbook=hello&status=Faulted", UriKind.Relative));

        Assert.Contains(runId, completed, StringComparison.Ordinal);
        Assert.DoesNotContain(runId, faulted, StringComparison.Ordinal);
    }
}
