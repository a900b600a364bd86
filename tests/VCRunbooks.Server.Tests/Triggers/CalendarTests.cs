using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VCRunbooks.Server.Triggers.Schedules;
using VCRunbooks.Server.Triggers.Storage;

namespace VCRunbooks.Server.Tests.Triggers;

/// <summary>Maintenance windows and blackouts as a webhook meets them, on a FakeTimeProvider.</summary>
public sealed class CalendarTests : IAsyncLifetime
{
    // A Thursday, 10:00 UTC: outside the Saturday-night window, inside the freeze.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));
    private TriggerServer? _server;

    public async Task InitializeAsync() => _server = await TriggerServer.StartAsync(new Dictionary<string, string>
    {
        ["window.json"] = """
            { "id": "window", "kind": "calendar", "runbooks": [ "from-window" ], "timeZone": "Europe/Berlin",
              "windows": [ { "cron": "0 22 * * SAT", "duration": "06:00:00" } ] }
            """,
        ["freeze.json"] = """
            { "id": "freeze", "kind": "calendar", "runbooks": [ "from-frozen" ],
              "blackouts": [ { "start": "2026-12-01T00:00:00Z", "end": "2026-12-10T00:00:00Z", "reason": "year-end change freeze" } ] }
            """,
        ["to-window.json"] = """{ "id": "to-window", "kind": "webhook", "source": "gitHub", "auth": { "secret": "s" }, "runbook": "from-window", "inputs": { "tag": "$.tag" } }""",
        ["to-frozen.json"] = """{ "id": "to-frozen", "kind": "webhook", "source": "gitHub", "auth": { "secret": "s" }, "runbook": "from-frozen" }""",
    }, ["from-window", "from-frozen"], new Dictionary<string, string> { ["s"] = WebhookFixture.GitHubSecret },
    ["--Triggers:ScheduleInterval=1.00:00:00"], customize: b => b.Services.AddSingleton<TimeProvider>(_time));

    public async Task DisposeAsync() => await _server!.DisposeAsync();

    private async Task<(HttpStatusCode Status, JsonElement Body)> HookAsync(string endpoint, string body)
    {
        using var request = WebhookSigning.Json($"/hooks/{endpoint}", body, ("X-GitHub-Delivery", Guid.NewGuid().ToString()), ("X-Hub-Signature-256", "sha256=" + WebhookSigning.HexHmac(WebhookFixture.GitHubSecret, body)));
        using var response = await _server!.Server.Client(null).SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task Webhook_OutsideTheWindow_WaitsDurablyAndStartsOnceWhenItOpens()
    {
        var (status, body) = await HookAsync("to-window", """{"tag":"v2"}""");

        Assert.Equal(HttpStatusCode.Accepted, status);
        var deferred = body.GetProperty("deferred")[0];
        // Saturday 22:00 in Berlin is 21:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 21, 0, 0, TimeSpan.Zero), deferred.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Contains("outside maintenance window 'window'", deferred.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Empty(await _server!.RunsOfAsync("from-window"));

        var runner = _server.Server.Services.GetRequiredService<ScheduleRunner>();
        _time.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(10.5));
        await runner.RunDueAsync(CancellationToken.None);
        Assert.Empty(await _server.RunsOfAsync("from-window"));

        _time.Advance(TimeSpan.FromMinutes(31));
        await Task.WhenAll(runner.RunDueAsync(CancellationToken.None), runner.RunDueAsync(CancellationToken.None));
        await runner.RunDueAsync(CancellationToken.None);
        Assert.Single(await _server.RunsOfAsync("from-window"));
    }

    [Fact]
    public async Task DeferredStart_NodeDiesAfterTakingIt_IsDueAgainAfterTheTakeAndStartsOnce()
    {
        var (status, _) = await HookAsync("to-window", """{"tag":"v3"}""");
        Assert.Equal(HttpStatusCode.Accepted, status);
        var pending = _server!.Server.Services.GetRequiredService<PendingStarts>();
        var runner = _server.Server.Services.GetRequiredService<ScheduleRunner>();
        // Up to just before the window (the background runner's daily tick passes with nothing due), then into it.
        _time.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(10.5));
        await runner.RunDueAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(31));
        var start = Assert.Single(await pending.DueAsync(_time.GetUtcNow(), CancellationToken.None));

        // Another node takes it when the window opens, and dies before it starts the run.
        Assert.True(await pending.TryTakeAsync(start.Id, _time.GetUtcNow(), CancellationToken.None));
        await runner.RunDueAsync(CancellationToken.None);
        Assert.Empty(await _server.RunsOfAsync("from-window"));

        _time.Advance(PendingStarts.TakeFor);
        await Task.WhenAll(runner.RunDueAsync(CancellationToken.None), runner.RunDueAsync(CancellationToken.None));
        await runner.RunDueAsync(CancellationToken.None);

        var run = Assert.Single(await _server.RunsOfAsync("from-window"));
        Assert.Empty(await pending.DueAsync(_time.GetUtcNow() + TimeSpan.FromDays(1), CancellationToken.None));
        Assert.Equal(run, Assert.Single(await pending.ListAsync(CancellationToken.None)).RunId);
    }

    [Fact]
    public async Task Webhook_InABlackout_StartsNothingAndSaysWhy()
    {
        var (status, body) = await HookAsync("to-frozen", "{}");

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal("not started", body.GetProperty("status").GetString());
        Assert.StartsWith("blackout 'freeze' (year-end change freeze) until 2026-12-10 00:00:00Z", body.GetProperty("skipped")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Empty(await _server!.RunsOfAsync("from-frozen"));
    }
}
