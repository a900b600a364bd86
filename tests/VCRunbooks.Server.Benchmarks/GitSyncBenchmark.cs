using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using VCRunbooks.Server.Hosting;

namespace VCRunbooks.Server.Benchmarks;

/// <summary>
/// Git sync of many runbooks: the real server on a loopback port syncing a real repository (a bare remote on disk,
/// file:// URL) through POST /api/git/sync, timed from request to answer.
/// </summary>
internal static class GitSyncBenchmark
{
    public static async Task RunAsync(int count)
    {
        var root = Directory.CreateTempSubdirectory("vcrunbooks-gitsync-bench-").FullName;
        try
        {
            var bare = Path.Combine(root, "remote.git");
            var work = Path.Combine(root, "work");
            Git(root, "init", "--bare", "--quiet", "--initial-branch=main", bare);
            Git(root, "clone", "--quiet", bare, work);
            Git(work, "checkout", "--quiet", "-b", "main");
            File.WriteAllText(Path.Combine(work, "README.md"), "# bench\n");
            Commit(work, "Start");

            var data = Path.Combine(root, "data");
            var app = ServerApp.Build([
                "--urls=http://127.0.0.1:0", $"--Server:DataPath={data}", $"--Server:RunbooksPath={Path.Combine(data, "runbooks")}",
                "--EmbeddedSimulator:Port=0", "--Log:MinimumLevel=Warning",
                $"--Runbooks:Git:Url={new Uri(bare).AbsoluteUri}", "--Runbooks:Git:PollInterval=00:00:00"]);
            await app.StartAsync();
            try
            {
                using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(10) };
                client.DefaultRequestHeaders.Add("X-Api-Key", (await File.ReadAllTextAsync(Path.Combine(data, "admin-api-key.txt"))).Trim());
                await SyncAsync(client);

                Write(work, count, i => $"plain-{i:D4}", i => $"\"Message\": \"runbook {i}\"");
                Report($"{count} new runbooks (literal inputs)", await SyncAsync(client));
                Report("the same commit again (nothing changed)", await SyncAsync(client));

                Write(work, 1, i => "plain-0007", i => "\"Message\": \"changed\"");
                Report($"1 of {count} changed", await SyncAsync(client));

                Write(work, count, i => $"expr-{i:D4}", i => $"\"Message\": {{ \"expr\": \"\\\"runbook \\\" + ({i} + 1)\" }}");
                Report($"{count} more new runbooks, each with its own C# expression (compiled once each)", await SyncAsync(client));
            }
            finally
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may hold its file a moment longer; the temp folder is the OS's to clean.
            }
        }
    }

    private static void Write(string work, int count, Func<int, string> id, Func<int, string> input)
    {
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(work, id(i) + ".json"), $$"""
                { "id": "{{id(i)}}", "name": "Runbook {{i}}",
                  "activities": [ { "id": "start", "type": "Start" }, { "id": "log", "type": "Log", "inputs": { {{input(i)}} } }, { "id": "end", "type": "End" } ],
                  "connections": [ { "from": "start", "to": "log" }, { "from": "log", "to": "end" } ] }
                """);
        }

        Commit(work, $"{count} runbooks");
    }

    private static void Commit(string work, string message)
    {
        Git(work, "add", "-A");
        Git(work, "-c", "user.name=Bench", "-c", "user.email=bench@example.com", "commit", "--quiet", "-m", message);
        Git(work, "push", "--quiet", "origin", "main");
    }

    /// <summary>Wall time of the request, and the server process's CPU time meanwhile (the machine may be shared and busy).</summary>
    private static async Task<(TimeSpan Elapsed, TimeSpan Cpu, JsonElement Status)> SyncAsync(HttpClient client)
    {
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using var response = await client.PostAsync(new Uri("/api/git/sync", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        var elapsed = clock.Elapsed;
        self.Refresh();
        return (elapsed, self.TotalProcessorTime - cpu, status);
    }

    private static void Report(string what, (TimeSpan Elapsed, TimeSpan Cpu, JsonElement Status) sync)
    {
        var published = sync.Status.GetProperty("published").GetArrayLength();
        var result = sync.Status.GetProperty("lastResult").GetString();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"   {what}: {sync.Elapsed.TotalSeconds:F2} s ({sync.Cpu.TotalSeconds:F2} s CPU), {published} published, result {result}, {sync.Status.GetProperty("files").GetArrayLength()} files"));
    }

    private static void Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error}");
        }
    }
}
