using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Server.Secrets;
using VCRunbooks.Server.Simulator;
using VCRunbooks.Server.Targets;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Hosting;

/// <summary>
/// A restart writes only what changed in the demo fleet: the targets move to the simulator's new port, the secrets
/// stay as stored. A demo target or secret changed through the API, a deleted one, or a stamp from another build is
/// written again as the fleet defines it.
/// </summary>
public sealed class DemoFleetRestartTests : IDisposable
{
    private const string Password = "VMware1!";
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Restart_NothingChanged_KeepsTheSecretsAsStored_MovesTheTargetsToTheNewPort()
    {
        Secret before;
        await using (var first = await TestServer.StartAsync(data: _data))
        {
            before = (await SecretAsync(first, DemoFleet.SsoSecret))!;
        }

        await using var server = await TestServer.StartAsync(data: _data);
        var after = (await SecretAsync(server, DemoFleet.SsoSecret))!;
        var port = server.Services.GetRequiredService<EmbeddedSimulator>().BaseAddress!.Port;

        Assert.Equal(before.ProtectedValue, after.ProtectedValue);
        Assert.Equal(before.UpdatedAt, after.UpdatedAt);
        Assert.Equal(Password, await RevealAsync(server, DemoFleet.SsoSecret));
        foreach (var member in DemoFleet.Members)
        {
            var target = (await TargetAsync(server, member.TargetName))!;
            Assert.Equal(port, target.ApiPort);
            Assert.Equal(port, target.ManagementPort);
        }
    }

    [Fact]
    public async Task Restart_DemoSecretAndTargetsChangedThroughTheStores_AreWrittenAgainAsTheFleetDefines()
    {
        await using (var first = await TestServer.StartAsync(data: _data))
        {
            await using var scope = first.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<SecretStore>().SetAsync(DemoFleet.SsoSecret, "changed", "changed by hand", CancellationToken.None);
            var targets = scope.ServiceProvider.GetRequiredService<TargetStore>();
            await targets.UpsertAsync("demo-restore", new TargetRequest { Address = "10.0.0.9", Tags = ["mine"] }, CancellationToken.None);
            await targets.DeleteAsync("demo-upgrade", CancellationToken.None);
        }

        await using var server = await TestServer.StartAsync(data: _data);
        var port = server.Services.GetRequiredService<EmbeddedSimulator>().BaseAddress!.Port;

        Assert.Equal(Password, await RevealAsync(server, DemoFleet.SsoSecret));
        Assert.Equal("SSO administrator password of the demo appliances", (await SecretAsync(server, DemoFleet.SsoSecret))!.Description);
        var restore = (await TargetAsync(server, "demo-restore"))!;
        Assert.Equal(("127.0.0.1", "http", port, "vcsa-restore.demo.local", DemoFleet.SsoSecret),
            (restore.Address, restore.Scheme, restore.ApiPort, restore.HostHeader, restore.SsoPasswordSecret));
        Assert.Equal([DemoFleet.Tag, "runbook:restore-and-reconcile"], restore.Tags);
        var upgrade = (await TargetAsync(server, "demo-upgrade"))!;
        Assert.Equal(("vcsa-upgrade.demo.local", port), (upgrade.HostHeader, upgrade.ApiPort));
    }

    [Fact]
    public async Task Restart_StampOfAnotherBuild_SetsTheSecretsAgain()
    {
        Secret before;
        await using (var first = await TestServer.StartAsync(data: _data))
        {
            before = (await SecretAsync(first, DemoFleet.SsoSecret))!;
        }
        // A new build may define other values: its stamp names another build, so the secrets are set again.
        var stampPath = Path.Combine(_data.Path, DemoFleetWriter.StampFile);
        var stamp = JsonNode.Parse(await File.ReadAllTextAsync(stampPath))!.AsObject();
        foreach (var (_, entry) in stamp)
        {
            entry!["Build"] = "an-older-build";
        }
        await File.WriteAllTextAsync(stampPath, stamp.ToJsonString());

        await using var server = await TestServer.StartAsync(data: _data);
        var after = (await SecretAsync(server, DemoFleet.SsoSecret))!;

        Assert.NotEqual(before.ProtectedValue, after.ProtectedValue);
        Assert.Equal(Password, await RevealAsync(server, DemoFleet.SsoSecret));
    }

    private static async Task<Secret?> SecretAsync(TestServer server, string name)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SecretStore>().FindAsync(name, CancellationToken.None);
    }

    private static async Task<string?> RevealAsync(TestServer server, string name)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SecretStore>().RevealAsync(name, CancellationToken.None);
    }

    private static async Task<Target?> TargetAsync(TestServer server, string name)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TargetStore>().FindAsync(name, CancellationToken.None);
    }
}
