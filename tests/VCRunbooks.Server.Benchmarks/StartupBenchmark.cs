using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace VCRunbooks.Server.Benchmarks;

/// <summary>
/// Start-up of the real server process on the embedded default, with this repository's runbooks/ folder: the first
/// start on an empty data folder; a restart after SIGKILL with those runbooks and a 50-expression runbook published;
/// and the first run of that runbook after the restart (POST /api/runs until it completed).
/// </summary>
internal static class StartupBenchmark
{
    private const string ExpressionsRunbook = "expressions-50";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    public static async Task RunAsync(int rounds)
    {
        var firstStarts = new List<Sample>();
        var restarts = new List<Sample>();
        var firstRuns = new List<TimeSpan>();
        for (var round = 1; round <= rounds; round++)
        {
            var root = Directory.CreateTempSubdirectory("vcrunbooks-startup-bench-").FullName;
            try
            {
                var (first, restart, run) = await RoundAsync(root);
                firstStarts.Add(first);
                restarts.Add(restart);
                firstRuns.Add(run);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  round {round}: first start {Ms(first.Ready)} ms, restart {Ms(restart.Ready)} ms (CPU {Ms(restart.Cpu)} ms), first run {Ms(run)} ms"));
                Console.WriteLine($"    restart timeline: {restart.Timeline}");
            }
            finally
            {
                TryDelete(root);
            }
        }

        Console.WriteLine();
        Console.WriteLine(Summary("first start to ready, empty data folder", firstStarts.Select(s => s.Ready), firstStarts.Select(s => s.Cpu)));
        Console.WriteLine(Summary("restart after SIGKILL to ready (target 1.5 s)", restarts.Select(s => s.Ready), restarts.Select(s => s.Cpu)));
        Console.WriteLine(Summary("first run of the 50-expression runbook after the restart (target 1 s)", firstRuns, null));
    }

    private static async Task<(Sample First, Sample Restart, TimeSpan FirstRun)> RoundAsync(string root)
    {
        var data = Path.Combine(root, "data");
        var runbooks = Path.Combine(root, "runbooks");
        CopyFolder(Path.Combine(AppContext.BaseDirectory, "runbooks"), runbooks);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        Sample first;
        await using (var server = ServerProcess.Start(data, runbooks))
        {
            first = await StartAsync(server, client);
            client.DefaultRequestHeaders.Add("X-Api-Key", (await File.ReadAllTextAsync(Path.Combine(data, "admin-api-key.txt"))).Trim());
            await PublishAsync(client, server.Address);
            await server.KillAsync();
        }

        await using (var server = ServerProcess.Start(data, runbooks))
        {
            var restart = await StartAsync(server, client);
            var run = await FirstRunAsync(client, server.Address);
            return (first, restart, run);
        }
    }

    private static async Task<Sample> StartAsync(ServerProcess server, HttpClient client)
    {
        var watch = Stopwatch.StartNew();
        await server.WaitUntilReadyAsync(client, Patience);
        var ready = watch.Elapsed;
        var cpu = server.CpuTime;
        var timeline = server.Output.FirstOrDefault(l => l.Contains("Started in", StringComparison.Ordinal)) ?? "(no timeline line yet)";
        return new Sample(ready, cpu, timeline[(timeline.IndexOf("Started in", StringComparison.Ordinal) is var i and >= 0 ? i : 0)..]);
    }

    private static async Task PublishAsync(HttpClient client, Uri address)
    {
        using var draft = JsonContent.Create(Definition());
        using var saved = await client.PutAsync(new Uri(address, $"api/runbooks/{ExpressionsRunbook}/draft"), draft);
        saved.EnsureSuccessStatusCode();
        using var published = await client.PostAsync(new Uri(address, $"api/runbooks/{ExpressionsRunbook}/publish"), null);
        if (!published.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Publishing failed: {await published.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>POST /api/runs, then GET /api/runs/{id} until it ended.</summary>
    private static async Task<TimeSpan> FirstRunAsync(HttpClient client, Uri address)
    {
        var watch = Stopwatch.StartNew();
        using var started = await client.PostAsJsonAsync(new Uri(address, "api/runs"), new { runbook = ExpressionsRunbook, inputs = new { seed = 2 } });
        if (!started.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The run did not start: {await started.Content.ReadAsStringAsync()}");
        }

        var id = (await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        while (true)
        {
            var run = await client.GetFromJsonAsync<JsonObject>(new Uri(address, $"api/runs/{id}"));
            var status = run!["status"]!.GetValue<string>();
            if (status == "Completed")
            {
                return watch.Elapsed;
            }

            if (status is "Faulted" or "Cancelled")
            {
                throw new InvalidOperationException($"The 50-expression run ended {status}: {run.ToJsonString()}");
            }

            if (watch.Elapsed > Patience)
            {
                throw new TimeoutException("The 50-expression run did not complete.");
            }

            await Task.Delay(5);
        }
    }

    /// <summary>Start, 50 SetVariable steps each with its own C# expression (each builds on the last), End.</summary>
    private static JsonObject Definition()
    {
        var activities = new JsonArray { new JsonObject { ["id"] = "start", ["type"] = "Start" } };
        var variables = new JsonArray();
        for (var i = 0; i < 50; i++)
        {
            activities.Add(new JsonObject
            {
                ["id"] = $"e{i}",
                ["type"] = "SetVariable",
                ["inputs"] = new JsonObject
                {
                    ["Name"] = $"v{i}",
                    ["Value"] = new JsonObject { ["expr"] = i == 0 ? "Inputs.seed + 1" : $"Variables.v{i - 1} + {i}" },
                },
            });
            variables.Add(new JsonObject { ["name"] = $"v{i}", ["type"] = "int", ["default"] = 0 });
        }

        activities.Add(new JsonObject { ["id"] = "end", ["type"] = "End" });
        var connections = new JsonArray();
        for (var i = 0; i + 1 < activities.Count; i++)
        {
            connections.Add(new JsonObject { ["from"] = activities[i]!["id"]!.GetValue<string>(), ["to"] = activities[i + 1]!["id"]!.GetValue<string>() });
        }

        return new JsonObject
        {
            ["id"] = ExpressionsRunbook,
            ["name"] = "50 expressions",
            ["inputs"] = new JsonArray { new JsonObject { ["name"] = "seed", ["type"] = "int", ["default"] = 1 } },
            ["variables"] = variables,
            ["activities"] = activities,
            ["connections"] = connections,
        };
    }

    private static string Summary(string what, IEnumerable<TimeSpan> samples, IEnumerable<TimeSpan>? cpu)
    {
        var sorted = samples.Order().ToList();
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{what}: median {Ms(sorted[sorted.Count / 2])} ms, range {Ms(sorted[0])}–{Ms(sorted[^1])} ms over {sorted.Count}");
        if (cpu is not null)
        {
            var cpus = cpu.Order().ToList();
            line += string.Create(CultureInfo.InvariantCulture, $"; server CPU until ready: median {Ms(cpus[cpus.Count / 2])} ms");
        }

        return line;
    }

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans its temp folder.
        }
    }

    private sealed record Sample(TimeSpan Ready, TimeSpan Cpu, string Timeline);
}
