using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using VCRunbooks.Server.Hosting;

namespace VCRunbooks.Server.Benchmarks;

/// <summary>
/// Triggers on the real server at a loopback port: the ack latency of signed Slack commands that start runs, sent at a
/// fixed rate (open loop, so a slow answer does not slow the sender), and a burst of distinct Alertmanager alerts,
/// sent twice: exactly one run per alert, and none for the repeat.
/// </summary>
internal static class TriggerBenchmark
{
    private const string SigningSecret = "bench-slack-signing-secret";
    private const string AlertToken = "bench-alertmanager-token";

    public static async Task RunAsync(int rate, TimeSpan duration, int alerts, bool helpOnly, bool recordOnly)
    {
        var data = Directory.CreateTempSubdirectory("vcrunbooks-trigger-bench-").FullName;
        var runbooks = Path.Combine(data, "runbooks");
        Directory.CreateDirectory(Path.Combine(runbooks, "triggers"));
        foreach (var id in new[] { "bench-chat", "bench-alert" })
        {
            await File.WriteAllTextAsync(Path.Combine(runbooks, id + ".json"), $$"""
                { "id": "{{id}}", "name": "{{id}}", "inputs": [ { "name": "target", "type": "string" } ],
                  "activities": [ { "id": "start", "type": "Start" }, { "id": "log", "type": "Log", "inputs": { "Message": "bench" } }, { "id": "end", "type": "End" } ],
                  "connections": [ { "from": "start", "to": "log" }, { "from": "log", "to": "end" } ] }
                """);
        }
        await File.WriteAllTextAsync(Path.Combine(runbooks, "triggers", "slack.json"), """
            { "id": "slack", "kind": "chat", "platform": "slack", "signingSecret": "slack-signing", "operators": { "users": [ "U_BENCH" ] } }
            """);
        await File.WriteAllTextAsync(Path.Combine(runbooks, "triggers", "greet.json"), """{ "id": "greet", "kind": "alias", "runbook": "bench-chat", "formats": [ "greet {target}" ] }""");
        await File.WriteAllTextAsync(Path.Combine(runbooks, "triggers", "alerts.json"), """
            { "id": "alerts", "kind": "webhook", "source": "alertmanager", "auth": { "bearerToken": "am-token" }, "runbook": "bench-alert",
              "batch": "$.alerts", "idempotencyKey": "{{ $.fingerprint }}:{{ $.startsAt }}", "inputs": { "target": "$.labels.vcsa" } }
            """);
        var postgres = Environment.GetEnvironmentVariable("VCRUNBOOKS_BENCH_POSTGRES") is { Length: > 0 } server
            ? new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = $"vcrunbooks_trigger_bench_{Guid.NewGuid():N}" }
            : null;
        string[] database = postgres is null ? [] : ["--Database:Provider=Postgres", $"--Database:ConnectionString={postgres.ConnectionString}"];
        var app = ServerApp.Build([
            "--urls=http://127.0.0.1:0", $"--Server:DataPath={data}", $"--Server:RunbooksPath={runbooks}", "--EmbeddedSimulator:Enabled=false", "--Log:MinimumLevel=Warning", .. database,
            .. (recordOnly ? ["--Triggers:ChatStartWorkers=0"] : Array.Empty<string>()),
        ]);
        await app.StartAsync();
        try
        {
            var address = new Uri(app.Urls.First());
            var key = (await File.ReadAllTextAsync(Path.Combine(data, "admin-api-key.txt"))).Trim();
            using var admin = new HttpClient { BaseAddress = address };
            admin.DefaultRequestHeaders.Add("X-Api-Key", key);
            (await admin.PutAsJsonAsync("/api/secrets/slack-signing", new { value = SigningSecret })).EnsureSuccessStatusCode();
            (await admin.PutAsJsonAsync("/api/secrets/am-token", new { value = AlertToken })).EnsureSuccessStatusCode();
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = address };

            await AckLatencyAsync(client, rate, TimeSpan.FromSeconds(2), print: false, helpOnly);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            await AckLatencyAsync(client, rate, duration, print: true, helpOnly, recordOnly);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   this process (server and sender) used {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / duration.TotalSeconds:0.00} CPUs meanwhile, of {Environment.ProcessorCount}"));
            await BurstAsync(client, admin, alerts);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            if (postgres is not null)
            {
                await DropAsync(postgres);
            }
        }
    }

    private static async Task DropAsync(Npgsql.NpgsqlConnectionStringBuilder database)
    {
        await using var admin = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "postgres" }.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database.Database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task AckLatencyAsync(HttpClient client, int rate, TimeSpan duration, bool print, bool helpOnly, bool recordOnly = false)
    {
        var count = (int)(rate * duration.TotalSeconds);
        var latencies = new double[count];
        var failures = 0;
        var clock = Stopwatch.StartNew();
        var pending = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
            var index = i;
            pending.Add(Task.Run(async () =>
            {
                using var request = SlackCommand(helpOnly ? "help" : $"greet vcsa-{index:D5}");
                var sent = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                latencies[index] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }));
        }
        await Task.WhenAll(pending);
        if (!print)
        {
            return;
        }
        Array.Sort(latencies);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"1. Slack command ack (signed, {(helpOnly ? "help: no run" : recordOnly ? "recorded, not started: ChatStartWorkers=0" : "starts a run")}): {count} requests at {rate}/s over {duration.TotalSeconds:0} s: p50 {latencies[count / 2]:0.0} ms, p99 {latencies[(int)(count * 0.99)]:0.0} ms, max {latencies[^1]:0.0} ms, {failures} not 2xx"));
    }

    private static async Task BurstAsync(HttpClient client, HttpClient admin, int alerts)
    {
        var bodies = Enumerable.Range(0, alerts).Select(i => $$"""
            {"version":"4","groupKey":"{}:{alertname=\"VcsaDown\"}","status":"firing","receiver":"vcrunbooks",
             "alerts":[{"status":"firing","labels":{"alertname":"VcsaDown","vcsa":"vcsa-{{i:D4}}"},"startsAt":"2026-12-03T09:00:00Z","fingerprint":"{{i:x8}}"}]}
            """).ToList();
        for (var round = 1; round <= 2; round++)
        {
            var started = 0;
            var duplicates = 0;
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (body, token) =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/alerts") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AlertToken);
                using var response = await client.SendAsync(request, token);
                var reply = await response.Content.ReadFromJsonAsync<JsonElement>(token);
                Interlocked.Add(ref started, reply.GetProperty("started").GetArrayLength());
                Interlocked.Add(ref duplicates, reply.GetProperty("duplicates").GetArrayLength());
            });
            var runs = (await admin.GetFromJsonAsync<JsonElement>("/api/runs?runbook=bench-alert&take=1000")).GetArrayLength()
                + (await admin.GetFromJsonAsync<JsonElement>("/api/runs?runbook=bench-alert&skip=1000&take=1000")).GetArrayLength();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"2.{round} {alerts} distinct Alertmanager alerts{(round == 2 ? " again" : string.Empty)}: {started} runs started, {duplicates} duplicates, {runs} runs of the runbook in the database, {clock.Elapsed.TotalSeconds:0.00} s ({alerts / clock.Elapsed.TotalSeconds:0} webhooks/s)"));
        }
    }

    private static HttpRequestMessage SlackCommand(string text)
    {
        var body = $"team_id=T1&channel_id=C1&user_id=U_BENCH&user_name=bench&command=%2Frunbook&text={Uri.EscapeDataString(text)}&trigger_id={Guid.NewGuid():N}";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SigningSecret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
        var request = new HttpRequestMessage(HttpMethod.Post, "/chat/slack/commands") { Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + signature);
        return request;
    }
}
