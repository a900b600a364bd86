using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Simulator;
using VCRunbooks.Server.Tests.Infrastructure;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Health;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Health;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.Server.Tests.Targets;

/// <summary>
/// GET /api/targets/{name}/live against the embedded simulator: what the designer shows on a vCenter node. The
/// simulator's clock is stopped (factor 0), so a job started here stays where the test puts it.
/// </summary>
public sealed class LiveContextApiTests : IAsyncLifetime
{
    private const string Password = "Live-Pass-1";
    private TestServer _server = null!;

    private EmbeddedSimulator Simulator => _server.Services.GetRequiredService<EmbeddedSimulator>();
    private HttpClient Viewer => _server.Client(Roles.Viewer);

    public async Task InitializeAsync()
    {
        _server = await TestServer.StartAsync(["--EmbeddedSimulator:ClockFactor=0"]);
        using var secret = await _server.Client(Roles.Admin).PutAsJsonAsync("/api/secrets/live-sso", new { value = Password });
        secret.EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Live_DemoTarget_AnswersVersionHealthAndPendingUpdates()
    {
        var live = await Viewer.GetFromJsonAsync<JsonElement>("/api/targets/demo-patch/live");

        Assert.Equal("ok", live.GetProperty("status").GetString());
        Assert.Equal("8.0.2.00100", live.GetProperty("version").GetString());
        Assert.Equal("green", live.GetProperty("health").GetString());
        Assert.Equal(["8.0.2.00200"], live.GetProperty("pendingUpdates").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(JsonValueKind.Null, live.GetProperty("job").ValueKind);
    }

    [Fact]
    public async Task Live_RedHealthAndARunningBackup_AreShownWithTheJobsProgress()
    {
        var appliance = await AddApplianceAsync("live-busy");
        lock (appliance.Sync)
        {
            appliance.Feature<HealthFeature>().Set("storage", HealthLevel.Red, "disk full");
        }
        await using (var client = new VCenterClientFactory().Create(
            new VCenterTarget { Host = appliance.Name, ApiBaseUrl = Simulator.BaseAddress }, VCenterCredentials.Sso("administrator@vsphere.local", Password)))
        {
            await client.Backup.StartAsync(new BackupRequest { Parts = [], LocationType = LocationType.Sftp, Location = "sftp://backup.lab.local/live" });
        }
        appliance.Clock.Advance(TimeSpan.FromSeconds(30));

        var live = await Viewer.GetFromJsonAsync<JsonElement>("/api/targets/live-busy/live");

        Assert.Equal("ok", live.GetProperty("status").GetString());
        Assert.Equal("red", live.GetProperty("health").GetString());
        var job = live.GetProperty("job");
        Assert.Equal("backup", job.GetProperty("kind").GetString());
        Assert.InRange(job.GetProperty("percent").GetInt32(), 1, 99);
    }

    [Fact]
    public async Task Live_HundredCallsAtOnce_OneReadServesThemAll()
    {
        await AddApplianceAsync("live-canvas");

        var answers = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Viewer.GetFromJsonAsync<JsonElement>("/api/targets/live-canvas/live")));

        Assert.All(answers, a => Assert.Equal("ok", a.GetProperty("status").GetString()));
        Assert.Single(answers.Select(a => a.GetProperty("readAt").GetString()).Distinct());
    }

    [Fact]
    public async Task Live_WrongPassword_SaysTheLoginWasRefusedWithoutTheSecret()
    {
        await AddApplianceAsync("live-badpass");
        const string wrong = "Not-The-Password-9";
        await _server.Client(Roles.Admin).PutAsJsonAsync("/api/secrets/live-wrong", new { value = wrong });
        await PutTargetAsync("live-badpass", "vcsa-live-badpass.lab.local", Simulator.BaseAddress!.Port, "live-wrong");

        var text = await Viewer.GetStringAsync("/api/targets/live-badpass/live");
        var live = JsonDocument.Parse(text).RootElement;

        Assert.Equal("credentials", live.GetProperty("status").GetString());
        Assert.Contains("refused the login of administrator@vsphere.local", live.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Live_NothingListening_SaysUnreachableNamingTheHost()
    {
        await PutTargetAsync("live-down", "vcsa-live-down.lab.local", ClosedPort(), "live-sso");

        var live = await Viewer.GetFromJsonAsync<JsonElement>("/api/targets/live-down/live");

        Assert.Equal("unreachable", live.GetProperty("status").GetString());
        Assert.StartsWith("vcsa-live-down.lab.local could not be reached", live.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, live.GetProperty("version").ValueKind);
    }

    [Fact]
    public async Task Live_MissingSecret_NamesTheSecret()
    {
        await PutTargetAsync("live-nosecret", "vcsa-live-nosecret.lab.local", Simulator.BaseAddress!.Port, null);

        var live = await Viewer.GetFromJsonAsync<JsonElement>("/api/targets/live-nosecret/live");

        Assert.Equal("credentials", live.GetProperty("status").GetString());
        Assert.Contains("names no secret for its SSO password", live.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Live_UnknownTarget_Answers404()
    {
        using var response = await Viewer.GetAsync(new Uri("/api/targets/no-such-target/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no-such-target", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<Appliance> AddApplianceAsync(string target)
    {
        var host = $"vcsa-{target}.lab.local";
        var appliance = Simulator.Appliances.Add(new ApplianceSpec { Name = host, PendingUpdates = ["8.0.2.00200"], SsoPassword = Password });
        await PutTargetAsync(target, host, Simulator.BaseAddress!.Port, "live-sso");
        return appliance;
    }

    private async Task PutTargetAsync(string name, string host, int port, string? secret)
    {
        using var put = await _server.Client(Roles.Admin).PutAsJsonAsync($"/api/targets/{name}", new
        {
            address = "127.0.0.1", scheme = "http", apiPort = port, managementPort = port, hostHeader = host, ssoPasswordSecret = secret,
        });
        put.EnsureSuccessStatusCode();
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
