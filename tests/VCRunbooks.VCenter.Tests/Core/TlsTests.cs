using VCRunbooks.Simulator.Hosting;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Resilience;
using VCRunbooks.VCenter.Tests.Infrastructure;

namespace VCRunbooks.VCenter.Tests.Core;

/// <summary>Against the simulator on HTTPS with its self-signed certificate.</summary>
public sealed class TlsTests(HttpsSimulatorFixture fixture) : IClassFixture<HttpsSimulatorFixture>
{
    private SimulatorHost Sim => fixture.Host;

    [Fact]
    public async Task GetAsync_PinnedThumbprintMatches_Connects()
    {
        await using var client = Create(Target() with { CertificateThumbprint = Sim.Certificate.Sha256Thumbprint });

        var info = await client.Session.GetAsync();

        Assert.Equal("administrator@vsphere.local", info.User, ignoreCase: true);
    }

    [Fact]
    public async Task GetAsync_ThumbprintWithColonsAndLowerCase_Connects()
    {
        var hex = Sim.Certificate.Sha256Thumbprint.ToLowerInvariant();
        var colons = string.Join(':', Enumerable.Range(0, hex.Length / 2).Select(i => hex.Substring(i * 2, 2)));
        await using var client = Create(Target() with { CertificateThumbprint = colons });

        Assert.NotNull(await client.Session.GetAsync());
    }

    [Fact]
    public async Task GetAsync_OtherThumbprintPinned_ThrowsPermanentCertificateError()
    {
        await using var client = Create(Target() with { CertificateThumbprint = new string('A', 64) });

        var ex = await Assert.ThrowsAsync<VCenterCertificateException>(() => client.Session.GetAsync());

        Assert.False(ex.IsTransient);
        Assert.Contains("pinned", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_SelfSignedWithoutPinOrInsecure_IsRejected()
    {
        await using var client = Create(Target());

        await Assert.ThrowsAsync<VCenterCertificateException>(() => client.Session.GetAsync());
    }

    [Fact]
    public async Task GetAsync_InsecureLabOption_Connects()
    {
        await using var client = Create(Target() with { Insecure = true });

        Assert.NotNull(await client.Session.GetAsync());
    }

    private VCenterTarget Target() => new() { Host = "vcsa-01.vsphere.local", ApiBaseUrl = Sim.BaseAddress };

    private static IVCenterClient Create(VCenterTarget target) =>
        new VCenterClientFactory(new VCenterClientOptions { Retry = new RetryPolicy { MaxRetries = 0 } })
            .Create(target, VCenterCredentials.Sso("administrator@vsphere.local", "VMware1!"));
}
