using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;
using VCRunbooks.VCenter.Client;

namespace VCRunbooks.Server.Tests.Hosting;

/// <summary>The server has one clock, the <see cref="TimeProvider"/> in DI: its runs' timers and its vCenter client wait on it.</summary>
public sealed class ServerClockTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private TestServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await TestServer.StartAsync(customize: b => b.Services.AddSingleton<TimeProvider>(_time));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Run_WaitingOnADelay_ResumesWhenTheServersClockReachesIt()
    {
        var author = _server.Client(Roles.Author);
        var definition = JsonNode.Parse("""
            { "id": "nap", "name": "Nap",
              "activities": [ { "id": "start", "type": "Start" }, { "id": "nap", "type": "Delay", "inputs": { "Duration": "00:10:00" } }, { "id": "end", "type": "End" } ],
              "connections": [ { "from": "start", "to": "nap" }, { "from": "nap", "to": "end" } ] }
            """);
        (await author.PutAsJsonAsync("/api/runbooks/nap/draft", definition)).EnsureSuccessStatusCode();
        using var published = await author.PostAsync(new Uri("/api/runbooks/nap/publish", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);

        var runId = await RunDriver.StartAsync(_server, "nap");
        await RunDriver.FollowAsync(_server, runId, e => e.Event == "RunSuspended"
            || (e.Event == "state" && e.Data.Contains("\"status\":\"Suspended\"", StringComparison.Ordinal)));
        var waiting = await _server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>($"/api/runs/{runId}");
        var due = waiting.GetProperty("waiting").EnumerateArray().Single().GetProperty("dueAt").GetDateTimeOffset();
        _time.Advance(TimeSpan.FromMinutes(10));
        var status = await RunDriver.WaitForEndAsync(_server, runId);

        // Due ten minutes after the fake clock's start, not the machine's: the engine reads the server's clock.
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 9, 10, 0, TimeSpan.Zero), due);
        Assert.Equal("Completed", status);
        Assert.Same(_time, _server.Services.GetRequiredService<VCenterClientOptions>().TimeProvider);
    }
}
