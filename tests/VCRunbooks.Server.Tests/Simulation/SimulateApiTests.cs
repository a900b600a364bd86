using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VCRunbooks.Engine;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Simulator;
using VCRunbooks.Server.Tests.Infrastructure;
using VCRunbooks.Server.Tests.Triggers;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Resilience;

namespace VCRunbooks.Server.Tests.Simulation;

/// <summary>
/// POST /api/runbooks/{id}/simulate with the shipped patching runbook: each scenario takes the path it should, on a
/// throwaway appliance, and the demo target the runbook is meant for is never touched. The engine and the simulator
/// run on one stepped clock at the embedded default's ratio (60 simulated seconds per engine second), and the vCenter
/// client does not retry on its own, so every wait is a durable timer the test moves to.
/// </summary>
public sealed class SimulateApiTests : IAsyncLifetime, IDisposable
{
    private const double SimulatedPerEngineSecond = 60;
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly TempDirectory _data = new();
    private TestServer _server = null!;

    private EmbeddedSimulator Simulator => _server.Services.GetRequiredService<EmbeddedSimulator>();
    private HttpClient Operator => _server.Client(Roles.Operator);

    public async Task InitializeAsync()
    {
        var runbooks = Path.Combine(_data.Path, "runbooks");
        Directory.CreateDirectory(runbooks);
        File.Copy(TriggerServer.ShippedFile("patching.json"), Path.Combine(runbooks, "patching.json"));
        _server = await TestServer.StartAsync(["--EmbeddedSimulator:ClockFactor=0"], data: _data,
            customize: b =>
            {
                b.Services.AddSingleton<TimeProvider>(_time);
                b.Services.AddSingleton(new VCenterClientOptions { TimeProvider = _time, Retry = new RetryPolicy { MaxRetries = 0 } });
            },
            beforeStart: services => services.GetRequiredService<EngineOptions>().TimeProvider = _time);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Simulate_BackupFailsAt40_TakesTheBackupFailurePath_AndNeverTouchesTheDemoTarget()
    {
        var simulation = await SimulateAsync("patching", "backup-fails");

        var run = await DriveAsync(simulation, Ended);

        Assert.Equal("Faulted", run.GetProperty("status").GetString());
        Assert.StartsWith("Backup before patching ended Failed", run.GetProperty("error").GetString(), StringComparison.Ordinal);
        var path = await PathAsync(simulation.RunId);
        Assert.Contains("backupWait", path);
        Assert.Contains("backupFailed", path);
        Assert.Contains("bundle", path);
        Assert.DoesNotContain("update", path);
        var appliance = Simulator.Appliances.Find(simulation.Appliance)!;
        Assert.Equal(1, appliance.Ledger.Count("backup.started"));
        Assert.Empty(Simulator.Appliances.Find("vcsa-patch.demo.local")!.Ledger.Entries);
    }

    [Fact]
    public async Task Simulate_RedHealth_StopsAtTheHealthGate()
    {
        var simulation = await SimulateAsync("patching", "red-health");

        var run = await DriveAsync(simulation, Ended);

        Assert.Equal("Faulted", run.GetProperty("status").GetString());
        Assert.Contains("Not patching: health is", run.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("Red", run.GetProperty("error").GetString(), StringComparison.Ordinal);
        var path = await PathAsync(simulation.RunId);
        Assert.Contains("unhealthy", path);
        Assert.DoesNotContain("pending", path);
        Assert.DoesNotContain("backup", path);
    }

    [Fact]
    public async Task Simulate_503Window_LoginIsRetriedUntilTheWindowEnds_ThenThePatchCompletes()
    {
        var simulation = await SimulateAsync("patching", "unavailable");

        var run = await DriveAsync(simulation, Ended);

        Assert.True(run.GetProperty("status").GetString() == "Completed", run.ToString());
        var journal = await JournalAsync(simulation.RunId);
        var retried = journal.Where(e => e.GetProperty("activityId").GetString() == "login" && e.GetProperty("kind").GetString() == "activity-faulted").ToList();
        Assert.NotEmpty(retried);
        Assert.All(retried, e => Assert.Contains("retrying at", e.GetProperty("message").GetString(), StringComparison.Ordinal));
        Assert.Equal("8.0.2.00200", Simulator.Appliances.Find(simulation.Appliance)!.Version);
        Assert.Equal("8.0.2.00100", Simulator.Appliances.Find("vcsa-patch.demo.local")!.Version);
    }

    [Fact]
    public async Task Simulate_Run_IsMarkedAsASimulationInItsTargetAndJournal()
    {
        var simulation = await SimulateAsync("patching", "red-health");
        await DriveAsync(simulation, Ended);

        var runs = await _server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>("/api/runs?runbook=patching");
        var listed = Assert.Single(runs.EnumerateArray(), r => r.GetProperty("id").GetString() == simulation.RunId);
        Assert.StartsWith("simulation~", listed.GetProperty("target").GetString(), StringComparison.Ordinal);
        var journal = await JournalAsync(simulation.RunId);
        Assert.Contains(journal, e => e.GetProperty("kind").GetString() == "note" && e.GetProperty("message").GetString()!.Contains("Simulation 'Red health'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Simulate_Refusals_NameWhatIsWrong()
    {
        var unknownScenario = await Operator.PostAsJsonAsync("/api/runbooks/patching/simulate", new { scenario = "meteor" });
        var noTargetInput = await Operator.PostAsJsonAsync("/api/runbooks/hello/simulate", new { scenario = "healthy" });
        var unpublished = await Operator.PostAsJsonAsync("/api/runbooks/nothing-here/simulate", new { scenario = "healthy" });
        await _server.Client(Roles.Admin).PutAsJsonAsync("/api/runbooks/literal/draft", JsonDocument.Parse("""
            { "id": "literal", "name": "Literal target", "inputs": [ { "name": "target", "type": "string" } ],
              "activities": [ { "id": "start", "type": "Start" }, { "id": "login", "type": "CreateSession", "inputs": { "Target": "demo-patch" } } ],
              "connections": [ { "from": "start", "to": "login" } ] }
            """).RootElement);
        (await _server.Client(Roles.Admin).PostAsync(new Uri("/api/runbooks/literal/publish", UriKind.Relative), null)).EnsureSuccessStatusCode();
        var literal = await Operator.PostAsJsonAsync("/api/runbooks/literal/simulate", new { scenario = "healthy" });
        var viewer = await _server.Client(Roles.Viewer).PostAsJsonAsync("/api/runbooks/patching/simulate", new { scenario = "healthy" });

        Assert.Equal(HttpStatusCode.BadRequest, unknownScenario.StatusCode);
        Assert.Contains("backup-fails", await unknownScenario.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noTargetInput.StatusCode);
        Assert.Contains("has no 'target' input", await noTargetInput.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, literal.StatusCode);
        Assert.Contains("activities.login.inputs.Target", await literal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, viewer.StatusCode);
        var runs = await _server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>("/api/runs?runbook=literal");
        Assert.Equal(0, runs.GetArrayLength());
    }

    private sealed record Simulated(string RunId, string Appliance);

    private async Task<Simulated> SimulateAsync(string runbook, string scenario)
    {
        using var response = await Operator.PostAsJsonAsync($"/api/runbooks/{runbook}/simulate", new { scenario });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, body);
        var answer = JsonDocument.Parse(body).RootElement;
        return new(answer.GetProperty("run").GetProperty("id").GetString()!, answer.GetProperty("appliance").GetString()!);
    }

    private async Task<List<JsonElement>> JournalAsync(string runId) =>
        [.. (await _server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>($"/api/runs/{runId}/journal")).EnumerateArray()];

    /// <summary>The activities the run went through, from its journal.</summary>
    private async Task<HashSet<string>> PathAsync(string runId) =>
        [.. (await JournalAsync(runId)).Select(e => e.GetProperty("activityId")).Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!)];

    private static bool Ended(JsonElement run) => run.GetProperty("status").GetString() is "Completed" or "Faulted" or "Cancelled";

    /// <summary>
    /// Moves the engine's clock to the run's next durable timer, and the simulator's by the same span times
    /// <see cref="SimulatedPerEngineSecond"/>, until <paramref name="settled"/> holds. Each step opens the run's stream,
    /// then moves time, then reads until the run suspends again or ends: nothing is waited on by wall-clock guess.
    /// </summary>
    private async Task<JsonElement> DriveAsync(Simulated simulation, Func<JsonElement, bool> settled)
    {
        string[] stops = ["RunSuspended", "RunCompleted", "RunFaulted", "RunCancelled", "QuestionRaised"];
        var clock = Simulator.Appliances.Find(simulation.Appliance)!.Clock;
        for (var step = 0; step < 500; step++)
        {
            var done = false;
            await RunDriver.FollowAsync(_server, simulation.RunId, e =>
            {
                if (e.Event != "state")
                {
                    return stops.Contains(e.Event);
                }
                var snapshot = JsonDocument.Parse(e.Data).RootElement;
                if (settled(snapshot))
                {
                    done = true;
                    return true;
                }
                if (snapshot.GetProperty("status").GetString() == "Suspended" && NextDue(snapshot) is { } at)
                {
                    var by = at - _time.GetUtcNow();
                    by = by > TimeSpan.Zero ? by : TimeSpan.FromMilliseconds(1);
                    clock.Advance(by * SimulatedPerEngineSecond);
                    _time.Advance(by);
                }
                return false;
            });
            if (done)
            {
                return await _server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>($"/api/runs/{simulation.RunId}");
            }
        }
        throw new TimeoutException($"Run {simulation.RunId} did not settle within 500 timer steps.");
    }

    private static DateTimeOffset? NextDue(JsonElement run) => run.TryGetProperty("waiting", out var waiting) && waiting.ValueKind == JsonValueKind.Array
        ? waiting.EnumerateArray()
            .Select(w => w.TryGetProperty("dueAt", out var d) && d.ValueKind == JsonValueKind.String ? d.GetDateTimeOffset() : (DateTimeOffset?)null)
            .Where(d => d is not null).Min()
        : null;
}
