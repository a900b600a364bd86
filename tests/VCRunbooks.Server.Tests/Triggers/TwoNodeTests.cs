using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Triggers.Schedules;

namespace VCRunbooks.Server.Tests.Triggers;

/// <summary>
/// Schedules and webhooks on two server nodes sharing one PostgreSQL database, both driven by one FakeTimeProvider: every tick
/// each node looks at the schedules at the same moment, and exactly one run starts per tick.
/// </summary>
public sealed class TwoNodeTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 0, 59, 30, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Start);
    private readonly string _database = "vcr_triggers_" + Guid.NewGuid().ToString("N")[..12];
    private TriggerServer? _a;
    private TriggerServer? _b;

    private static readonly Dictionary<string, string> Files = new()
    {
        // Every minute, Berlin time; the Ask runbook waits for an answer, so a run goes on into the next tick.
        ["every-minute.json"] = """{ "id": "every-minute", "kind": "schedule", "runbook": "from-schedule", "cron": "* * * * *", "timeZone": "Europe/Berlin", "overlap": "allow", "inputs": { "note": "scheduled" } }""",
        ["asks.json"] = """{ "id": "asks", "kind": "schedule", "runbook": "ask", "cron": "*/5 * * * *", "timeZone": "Europe/Berlin", "overlap": "skip" }""",
        ["hourly-skip.json"] = """{ "id": "hourly-skip", "kind": "schedule", "runbook": "from-skip", "cron": "30 * * * *", "misfire": "skip" }""",
        ["freeze.json"] = """
            { "id": "freeze", "kind": "calendar", "runbooks": [ "from-frozen" ],
              "blackouts": [ { "start": "2026-12-06T01:00:00Z", "end": "2026-12-06T02:00:00Z", "reason": "year-end freeze" } ] }
            """,
        ["github.json"] = """{ "id": "github", "kind": "webhook", "source": "gitHub", "auth": { "secret": "github-secret" }, "runbook": "from-github" }""",
        ["frozen.json"] = """{ "id": "frozen", "kind": "schedule", "runbook": "from-frozen", "cron": "* * * * *" }""",
    };

    public async Task InitializeAsync()
    {
        if (PostgresFactAttribute.ConnectionString is not { } connection)
        {
            return;
        }
        var database = new NpgsqlConnectionStringBuilder(connection) { Database = _database }.ConnectionString;
        string[] args = ["--Database:Provider=Postgres", $"--Database:ConnectionString={database}", "--Triggers:ScheduleInterval=1.00:00:00"];
        void UseFakeTime(Microsoft.AspNetCore.Builder.WebApplicationBuilder b) => b.Services.AddSingleton<TimeProvider>(_time);
        _a = await TriggerServer.StartAsync(Files, ["from-schedule", "from-skip", "from-frozen", "from-github"], new Dictionary<string, string> { ["github-secret"] = WebhookFixture.GitHubSecret },
            extraArgs: [.. args, "--Engine:NodeId=node-a"], customize: UseFakeTime);
        _b = await TriggerServer.StartAsync(Files, ["from-schedule", "from-skip", "from-frozen", "from-github"], extraArgs: [.. args, "--Engine:NodeId=node-b"], customize: UseFakeTime,
            keysFrom: _a.Server.DataPath);
        // Both nodes see the schedules before the first tick, as nodes that were running all along would.
        await Task.WhenAll(TickAsync(_a), TickAsync(_b));
    }

    public async Task DisposeAsync()
    {
        if (_a is null || _b is null)
        {
            return;
        }
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await using var admin = new NpgsqlConnection(PostgresFactAttribute.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static Task<IReadOnlyList<TickOutcome>> TickAsync(TriggerServer node) =>
        node.Server.Services.GetRequiredService<ScheduleRunner>().RunDueAsync(CancellationToken.None);

    /// <summary>Moves time on and lets both nodes look at the schedules at once.</summary>
    private async Task<List<TickOutcome>> AdvanceAsync(TimeSpan by)
    {
        _time.Advance(by);
        var both = await Task.WhenAll(TickAsync(_a!), TickAsync(_b!));
        return [.. both.SelectMany(o => o)];
    }

    [PostgresFact]
    public async Task TwoNodes_TwentyConcurrentRedeliveriesSplitAcrossThem_StartExactlyOneRun()
    {
        var body = """{"action":"published"}""";
        var delivery = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            using var request = WebhookSigning.Json("/hooks/github", body, ("X-GitHub-Delivery", delivery), ("X-Hub-Signature-256", "sha256=" + WebhookSigning.HexHmac(WebhookFixture.GitHubSecret, body)));
            using var response = await (i % 2 == 0 ? _a! : _b!).Server.Client(null).SendAsync(request);
            return response.StatusCode;
        }));

        Assert.Single(answers, s => s == System.Net.HttpStatusCode.Accepted);
        Assert.Equal(19, answers.Count(s => s == System.Net.HttpStatusCode.Conflict));
        Assert.Single(await _a!.RunsOfAsync("from-github"));
    }

    [PostgresFact]
    public async Task TwoNodes_EveryTick_ExactlyOneRun_OverlapSkips_MisfireRunsOnce_BlackoutRefuses()
    {
        for (var minute = 1; minute <= 3; minute++)
        {
            await AdvanceAsync(TimeSpan.FromMinutes(1));
            Assert.Equal(minute, (await _a!.RunsOfAsync("from-schedule")).Count);
        }
        Assert.Equal(3, (await _b!.RunsOfAsync("from-schedule")).Count);
        var run = await _a!.Server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>($"/api/runs/{(await _a.RunsOfAsync("from-schedule"))[0]}");
        Assert.Equal("scheduled", run.GetProperty("inputs").GetProperty("note").GetString());

        // 01:00Z is 02:00 in Berlin: */5 started a run then, which still waits for its answer at the 01:05 tick.
        Assert.Single(await _a.RunsOfAsync("ask"));
        var overlap = await AdvanceAsync(TimeSpan.FromMinutes(3));
        Assert.Contains(overlap, o => o.Schedule == "asks" && o.What.StartsWith("skipped: overlap", StringComparison.Ordinal));
        Assert.Single(await _a.RunsOfAsync("ask"));

        // Nobody looked for 20 minutes: runOnce starts one run for the latest missed tick, not twenty. Inside the
        // freeze (01:00 to 02:00) the frozen schedule's tick is refused with the reason.
        var before = (await _a.RunsOfAsync("from-schedule")).Count;
        var late = await AdvanceAsync(TimeSpan.FromMinutes(20));
        Assert.Equal(before + 1, (await _a.RunsOfAsync("from-schedule")).Count);
        Assert.Contains(late, o => o.Schedule == "frozen" && o.What.Contains("blackout 'freeze' (year-end freeze)", StringComparison.Ordinal));
        Assert.Empty(await _a.RunsOfAsync("from-frozen"));

        // Seventy minutes later: the hourly misfire-skip schedule starts nothing for its missed 01:30 and 02:30 ticks;
        // the freeze is over, so the frozen schedule starts again.
        var after = await AdvanceAsync(TimeSpan.FromMinutes(70));
        Assert.Contains(after, o => o.Schedule == "hourly-skip" && o.What == "skipped: misfire");
        Assert.Empty(await _a.RunsOfAsync("from-skip"));
        Assert.Single(await _a.RunsOfAsync("from-frozen"));
    }
}
