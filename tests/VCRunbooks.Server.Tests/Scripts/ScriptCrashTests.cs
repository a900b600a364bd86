using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;
using VCRunbooks.Testing.Network;

namespace VCRunbooks.Server.Tests.Scripts;

/// <summary>
/// runbooks/patching.csx in a real server process against a simulator in another process: the server is killed
/// with SIGKILL during the backup wait and again during the install, restarted on the same data each time, and the
/// run resumes by replay. The simulator's ledger shows exactly one backup, one stage and one install.
/// </summary>
public sealed class ScriptCrashTests : IAsyncDisposable
{
    private const string Appliance = "vcsa-crash.sim.local";
    private const string AdminKey = "script-crash-admin-key-0123456789";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private readonly string _directory = Directory.CreateTempSubdirectory("vcr-script-crash-").FullName;
    private readonly List<ChildProcess> _processes = [];

    [Fact]
    public async Task PatchingScript_ServerKilledDuringBackupWaitAndDuringInstall_ResumesAndPatchesOnce()
    {
        var simulatorPort = LoopbackPort.Free();
        var simulator = Start("VCRunbooks.Simulator.dll", [$"--urls=http://127.0.0.1:{simulatorPort}", "--Simulator:CreateDefaultAppliance=false", "--Simulator:ClockFactor=300"]);
        await simulator.LineAsync(l => l.Contains("vCenter simulator listening", StringComparison.Ordinal)).WaitAsync(Patience);
        using var sim = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{simulatorPort}/") };
        (await sim.PostAsJsonAsync("simulator/appliances", new { name = Appliance, version = "8.0.2.00100", pendingUpdates = new[] { "8.0.2.00200" } })).EnsureSuccessStatusCode();
        var runbooks = Directory.CreateDirectory(Path.Combine(_directory, "runbooks")).FullName;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "runbooks", "patching.csx"), Path.Combine(runbooks, "patching.csx"));

        var port = LoopbackPort.Free();
        var server = await StartServerAsync(port);
        using var api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        api.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, AdminKey);
        await PutAsync(api, "api/secrets/sim-password", new { value = "VMware1!" });
        await PutAsync(api, "api/secrets/location-password", new { value = "Loc!Pass1" });
        await PutAsync(api, "api/targets/crash", new
        {
            address = "127.0.0.1", scheme = "http", apiPort = simulatorPort, managementPort = simulatorPort, hostHeader = Appliance,
            ssoPasswordSecret = "sim-password", rootPasswordSecret = "sim-password",
        });
        using var started = await api.PostAsJsonAsync("api/runs", new
        {
            runbook = "patching-script",
            inputs = new JsonObject
            {
                ["target"] = "crash", ["backupLocation"] = "sftp://backup.sim.local/crash", ["locationUser"] = "backup",
                ["locationPasswordSecret"] = "location-password", ["userData"] = new JsonArray("vmdir.password=sim-password"),
                ["pollInterval"] = "00:00:01",
            },
        });
        Assert.True(started.IsSuccessStatusCode, await started.Content.ReadAsStringAsync());
        var runId = (await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        await UntilAsync(async () => (await LedgerAsync(sim)).Contains("backup.started"), "the backup started", server);
        await server.KillAsync();
        server = await StartServerAsync(port);

        await UntilAsync(async () => (await LedgerAsync(sim)).Contains("update.install.started"), "the install started", server,
            async () => await api.GetStringAsync($"api/runs/{runId}") + await api.GetStringAsync($"api/runs/{runId}/journal"));
        await server.KillAsync();
        server = await StartServerAsync(port);

        JsonObject? run = null;
        await UntilAsync(async () => (run = await api.GetFromJsonAsync<JsonObject>($"api/runs/{runId}"))!["status"]!.GetValue<string>() is "Completed" or "Faulted", "the run finished", server);
        Assert.True(run!["status"]!.GetValue<string>() == "Completed", run.ToJsonString());
        var ledger = await LedgerAsync(sim);
        Assert.Equal(1, ledger.Count(k => k == "backup.started"));
        Assert.Equal(1, ledger.Count(k => k == "update.stage.started"));
        Assert.Equal(1, ledger.Count(k => k == "update.install.started"));
        Assert.Equal("8.0.2.00200", (await sim.GetFromJsonAsync<JsonObject>($"simulator/appliances/{Appliance}"))!["version"]!.GetValue<string>());
    }

    private ChildProcess Start(string assembly, IEnumerable<string> arguments)
    {
        var process = ChildProcess.Start(assembly, arguments);
        _processes.Add(process);
        return process;
    }

    private async Task<ChildProcess> StartServerAsync(int port)
    {
        var server = Start("VCRunbooks.Server.dll", [
            $"--urls=http://127.0.0.1:{port}",
            $"--Server:DataPath={Path.Combine(_directory, "data")}",
            $"--Server:RunbooksPath={Path.Combine(_directory, "runbooks")}",
            "--EmbeddedSimulator:Enabled=false",
            "--Engine:TimerPollInterval=00:00:00.500",
            "--Auth:ApiKeys:0:Name=crash-test",
            $"--Auth:ApiKeys:0:Key={AdminKey}",
            "--Auth:ApiKeys:0:Role=admin",
        ]);
        using var health = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        await UntilAsync(async () =>
        {
            try
            {
                return (await health.GetAsync("health/ready")).StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, "the server is ready", server);
        return server;
    }

    private static async Task PutAsync(HttpClient api, string path, object body)
    {
        using var response = await api.PutAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"PUT {path}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<List<string>> LedgerAsync(HttpClient sim) =>
        (await sim.GetFromJsonAsync<JsonArray>($"simulator/appliances/{Appliance}/ledger"))!.Select(e => e!["kind"]!.GetValue<string>()).ToList();

    /// <summary>Polls a condition (a real process is on the other side: there is no clock to drive).</summary>
    private static async Task UntilAsync(Func<Task<bool>> condition, string what, ChildProcess server, Func<Task<string>>? explain = null)
    {
        using var timeout = new CancellationTokenSource(Patience);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (!await condition())
        {
            if (timeout.IsCancellationRequested || !await poll.WaitForNextTickAsync(CancellationToken.None))
            {
                Assert.Fail($"Waited {Patience} for {what}. {(explain is null ? string.Empty : await explain())}{Environment.NewLine}Server output:{Environment.NewLine}{server.Output}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
