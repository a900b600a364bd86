using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Simulator;
using VCRunbooks.Server.Targets;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Hosting;

/// <summary>The server on real Kestrel on a loopback port, as <c>dotnet run</c> starts it, with the embedded demo fleet.</summary>
public sealed class KestrelHostTests
{
    [Fact]
    public async Task Start_EmbeddedDefault_ServesApiAndDemoFleetOverLoopback()
    {
        await using var server = await TestServer.StartAsync(kestrel: true);
        var address = new Uri(server.App.Urls.Single());
        using var http = new HttpClient { BaseAddress = address };
        http.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, TestKeys.For(Roles.Viewer));

        using var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
        var demo = await http.GetFromJsonAsync<List<TargetResponse>>("/api/targets?tag=demo");
        var simulator = server.Services.GetRequiredService<EmbeddedSimulator>();
        using var sim = new HttpClient { BaseAddress = simulator.BaseAddress };
        var appliances = JsonDocument.Parse(await sim.GetStringAsync(new Uri("/simulator/appliances", UriKind.Relative))).RootElement
            .EnumerateArray().ToDictionary(a => a.GetProperty("name").GetString()!, a => a.GetProperty("state").GetString());

        Assert.Equal(IPAddress.Loopback.ToString(), address.Host);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(["demo-patch", "demo-restore", "demo-upgrade"], demo!.Select(t => t.Name));
        Assert.All(demo!, t => Assert.Equal(simulator.BaseAddress, t.ApiBaseAddress));
        Assert.Equal("CONFIGURED", appliances["vcsa-patch.demo.local"]);
        Assert.Equal("INITIALIZED", appliances["vcsa-restore.demo.local"]);
        Assert.Equal("INITIALIZED", appliances["vcsa-upgrade.demo.local"]);
    }

    [Fact]
    public async Task DemoTarget_SsoSecret_LogsInToItsSimulatedAppliance()
    {
        await using var server = await TestServer.StartAsync(kestrel: true);
        await using var scope = server.Services.CreateAsyncScope();
        var target = (await scope.ServiceProvider.GetRequiredService<TargetStore>().FindAsync("demo-patch", CancellationToken.None))!;
        var password = await scope.ServiceProvider.GetRequiredService<VCRunbooks.Server.Secrets.ISecretResolver>()
            .RevealAsync(target.SsoPasswordSecret!, CancellationToken.None);
        using var http = new HttpClient { BaseAddress = target.ApiBaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/session");
        request.Headers.Host = target.HostHeader;
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{target.SsoUser}:{password}")));

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
