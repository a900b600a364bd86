using System.Net;
using System.Net.Http.Json;
using VCRunbooks.Simulator.Auth;
using VCRunbooks.Simulator.Tests.Infrastructure;
using VCRunbooks.VCenter.Logging;

namespace VCRunbooks.Simulator.Tests.Logging;

public sealed class SyslogForwardingTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    private const string Path = "/api/appliance/logging/forwarding";

    private static object Server(string host, long port, string protocol) => new { hostname = host, port, protocol };

    [Fact]
    public async Task SetThenGet_WithRootBasicAuth_ReturnsTheConfiguration()
    {
        using var vc = sim.NewAppliance();

        var set = await vc.SendAsync(HttpMethod.Put, Path, new { cfg_list = new[] { Server("log1.lab.local", 514, "UDP"), Server("log2.lab.local", 6514, "TLS") } }, rootPassword: "VMware1!");
        var get = await vc.SendAsync(HttpMethod.Get, Path, rootPassword: "VMware1!");

        Assert.Equal(HttpStatusCode.NoContent, set.Status);
        var configs = get.As<List<ForwardingConfig>>();
        Assert.Equal(["log1.lab.local", "log2.lab.local"], configs.Select(c => c.Hostname));
        Assert.Equal(ForwardingProtocol.Tls, configs[1].Protocol);
        Assert.Equal(1, vc.Appliance.Ledger.Count("syslog.configured"));
    }

    [Fact]
    public async Task RestForm_SetGetTest_WrapsResults()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var set = await vc.PutAsync("/rest/appliance/logging/forwarding", new { cfg_list = new[] { Server("log1.lab.local", 1514, "TCP") } });
        var get = await vc.GetAsync("/rest/appliance/logging/forwarding");
        var test = await vc.PostAsync("/rest/appliance/logging/forwarding?action=test", new { send_test_message = false });

        Assert.Equal(HttpStatusCode.OK, set.Status);
        Assert.Equal("log1.lab.local", get.Json.GetProperty("value")[0].GetProperty("hostname").GetString());
        Assert.Equal("UP", test.Json.GetProperty("value")[0].GetProperty("state").GetString());
    }

    [Fact]
    public async Task Set_FourServers_Answers400NamingCfgList()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        var four = Enumerable.Range(1, 4).Select(i => Server($"log{i}.lab.local", 514, "UDP")).ToArray();

        var response = await vc.PutAsync(Path, new { cfg_list = four });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_ARGUMENT", response.ErrorType);
        Assert.Contains("cfg_list", response.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"cfg_list\":[{\"hostname\":\"log.lab.local\",\"port\":70000,\"protocol\":\"TCP\"}]}", "port")]
    [InlineData("{\"cfg_list\":[{\"hostname\":\"log.lab.local\",\"port\":514,\"protocol\":\"RELP\"}]}", "protocol")]
    [InlineData("{\"cfg_list\":[{\"port\":514,\"protocol\":\"UDP\"}]}", "hostname")]
    [InlineData("{\"cfg_list\":[{\"hostname\":\"  \",\"port\":514,\"protocol\":\"UDP\"}]}", "hostname")]
    public async Task Set_InvalidServer_Answers400NamingTheField(string body, string field)
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();

        var response = await vc.SendAsync(HttpMethod.Put, Path, rawBody: body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_ARGUMENT", response.ErrorType);
        Assert.Contains(field, response.Text, StringComparison.Ordinal);
        Assert.Empty(vc.Appliance.Feature<VCRunbooks.Simulator.Logging.SyslogForwardingState>().Configs);
    }

    [Fact]
    public async Task Test_HostMarkedDownByControlApi_ReportsDownForTcpAndUnknownForUdp()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        await vc.PutAsync(Path, new { cfg_list = new[] { Server("udp.lab.local", 514, "UDP"), Server("up.lab.local", 1514, "TCP"), Server("down.lab.local", 6514, "TLS") } });
        using var control = new HttpClient { BaseAddress = sim.Host.BaseAddress };
        var marked = await control.PostAsJsonAsync($"/simulator/appliances/{vc.Appliance.Name}/syslog/hosts", new { hostname = "down.lab.local", up = false });

        var response = await vc.PostAsync($"{Path}?action=test", new { send_test_message = true });

        Assert.Equal(HttpStatusCode.NoContent, marked.StatusCode);
        var states = response.As<List<ForwardingConnectionStatus>>().ToDictionary(s => s.Hostname, s => s.State);
        Assert.Equal(ConnectionState.Unknown, states["udp.lab.local"]);
        Assert.Equal(ConnectionState.Up, states["up.lab.local"]);
        Assert.Equal(ConnectionState.Down, states["down.lab.local"]);
        Assert.Equal(["udp.lab.local", "up.lab.local"], vc.Appliance.Ledger.Entries.Where(e => e.Kind == "syslog.test_message").Select(e => e.Subject));
    }

    [Fact]
    public async Task Test_HostBackUp_ReportsUp()
    {
        using var vc = sim.NewAppliance();
        await vc.LoginAsync();
        await vc.PutAsync(Path, new { cfg_list = new[] { Server("flaky.lab.local", 1514, "TCP") } });
        using var control = new HttpClient { BaseAddress = sim.Host.BaseAddress };
        await control.PostAsJsonAsync($"/simulator/appliances/{vc.Appliance.Name}/syslog/hosts", new { hostname = "flaky.lab.local", up = false });
        var down = (await vc.PostAsync($"{Path}?action=test")).As<List<ForwardingConnectionStatus>>();
        await control.PostAsJsonAsync($"/simulator/appliances/{vc.Appliance.Name}/syslog/hosts", new { hostname = "flaky.lab.local", up = true });

        var up = (await vc.PostAsync($"{Path}?action=test")).As<List<ForwardingConnectionStatus>>();

        Assert.Equal(ConnectionState.Down, down.Single().State);
        Assert.NotNull(down.Single().Message);
        Assert.Equal(ConnectionState.Up, up.Single().State);
    }

    [Fact]
    public async Task Set_ByOperator_Answers403()
    {
        using var vc = sim.NewAppliance();
        vc.Appliance.Users.Add(new UserAccount("op@vsphere.local", "pw", Role.Operator, false));
        await vc.LoginAsync("op@vsphere.local", "pw");

        var response = await vc.PutAsync(Path, new { cfg_list = Array.Empty<object>() });
        var read = await vc.GetAsync(Path);

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal(HttpStatusCode.OK, read.Status);
    }
}
