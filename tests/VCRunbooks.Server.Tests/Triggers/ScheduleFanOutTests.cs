using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Triggers.Schedules;

namespace VCRunbooks.Server.Tests.Triggers;

/// <summary>
/// "Patch every target tagged prod, Sundays 02:00 Europe/Berlin": a schedule that starts one run per tagged target,
/// on two server nodes sharing one PostgreSQL database and one FakeTimeProvider, exactly one per target per tick.
/// </summary>
public sealed class ScheduleFanOutTests : IAsyncLifetime
{
    // Sunday 6 December 2026, 01:59:30 in Berlin (00:59:30 UTC): the tick is half a minute away.
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 0, 59, 30, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Start);
    private readonly string _database = "vcr_fanout_" + Guid.NewGuid().ToString("N")[..12];
    private TriggerServer? _a;
    private TriggerServer? _b;

    private static readonly Dictionary<string, string> Files = new()
    {
        ["patch-prod.json"] = """
            { "id": "patch-prod", "kind": "schedule", "runbook": "from-fanout", "cron": "0 2 * * SUN", "timeZone": "Europe/Berlin",
              "forEachTargetTagged": "prod", "inputs": { "note": "weekly patch" } }
            """,
    };

    public async Task InitializeAsync()
    {
        if (PostgresFactAttribute.ConnectionString is not { } connection)
        {
            return;
        }
        var database = new NpgsqlConnectionStringBuilder(connection) { Database = _database }.ConnectionString;
        // The nodes' own schedule loops never fire within the test's fortnight: the test alone decides when each node looks.
        string[] args = ["--Database:Provider=Postgres", $"--Database:ConnectionString={database}", "--Triggers:ScheduleInterval=20.00:00:00"];
        void UseFakeTime(Microsoft.AspNetCore.Builder.WebApplicationBuilder b) => b.Services.AddSingleton<TimeProvider>(_time);
        _a = await TriggerServer.StartAsync(Files, ["from-fanout"], extraArgs: [.. args, "--Engine:NodeId=node-a"], customize: UseFakeTime);
        _b = await TriggerServer.StartAsync(Files, ["from-fanout"], extraArgs: [.. args, "--Engine:NodeId=node-b"], customize: UseFakeTime, keysFrom: _a.Server.DataPath);
        foreach (var (name, tags) in new[] { ("vcsa-prod-1", new[] { "prod" }), ("vcsa-prod-2", new[] { "prod", "emea" }), ("vcsa-lab-1", new[] { "lab" }) })
        {
            using var put = await _a.Server.Client(Roles.Admin).PutAsJsonAsync($"/api/targets/{name}", new
            {
                address = $"{name}.example.com", ssoPasswordSecret = "demo-sso-password", rootPasswordSecret = "demo-root-password", tags,
            });
            put.EnsureSuccessStatusCode();
        }
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

    private async Task<List<TickOutcome>> AdvanceAsync(TimeSpan by)
    {
        _time.Advance(by);
        var both = await Task.WhenAll(TickAsync(_a!), TickAsync(_b!));
        return [.. both.SelectMany(o => o)];
    }

    private async Task<List<string>> TargetsOfRunsAsync()
    {
        var targets = new List<string>();
        foreach (var runId in await _a!.RunsOfAsync("from-fanout"))
        {
            var run = await _a.Server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>($"/api/runs/{runId}");
            Assert.Equal("weekly patch", run.GetProperty("inputs").GetProperty("note").GetString());
            targets.Add(run.GetProperty("inputs").GetProperty("target").GetString()!);
        }
        return [.. targets.Order(StringComparer.Ordinal)];
    }

    private async Task<string> ClaimsAsync()
    {
        await using var db = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { Database = _database }.ConnectionString);
        await db.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT scope, claim_key, run_id, detail FROM trigger_claims ORDER BY scope, claim_key", db);
        await using var reader = await query.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add($"{reader.GetString(0)} {reader.GetString(1)} {(reader.IsDBNull(2) ? "-" : reader.GetString(2))} {(reader.IsDBNull(3) ? "-" : reader.GetString(3))}");
        }
        return string.Join("\n", lines);
    }

    [PostgresFact]
    public async Task TwoNodes_SundayTick_OneRunPerTargetTaggedProd_NextSundayAgain()
    {
        Assert.Empty(await AdvanceAsync(TimeSpan.FromSeconds(20)));

        var sunday = await AdvanceAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["vcsa-prod-1", "vcsa-prod-2"], sunday.Select(o => o.Target!).Order(StringComparer.Ordinal));
        Assert.All(sunday, o => Assert.Equal(("patch-prod", "started"), (o.Schedule, o.What)));
        Assert.Equal(["vcsa-prod-1", "vcsa-prod-2"], await TargetsOfRunsAsync());
        foreach (var started in sunday)
        {
            // Followed on the node that started it; a run still going next Sunday would be skipped (overlap skip, per target).
            var node = (await _a!.RunsOfAsync("from-fanout")).Contains(started.RunId!) ? _a : _b!;
            Assert.Equal("Completed", await Infrastructure.RunDriver.WaitForEndAsync(node.Server, started.RunId!));
        }

        // The rest of the week: nothing; both nodes looking again changes nothing.
        Assert.Empty(await AdvanceAsync(TimeSpan.FromDays(6)));
        Assert.Empty(await AdvanceAsync(TimeSpan.FromHours(23)));
        var next = await AdvanceAsync(TimeSpan.FromHours(1));

        Assert.True(next.Count(o => o.What == "started") == 2, string.Join("; ", next) + "\n" + await ClaimsAsync());
        Assert.Equal(["vcsa-prod-1", "vcsa-prod-1", "vcsa-prod-2", "vcsa-prod-2"], await TargetsOfRunsAsync());
    }
}
