using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Resilience;
using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Tasks;

namespace VCRunbooks.VCenter.Tests.Core;

public sealed class ValidationTests
{
    private static readonly VCenterCredentials Admin = VCenterCredentials.Sso("administrator@vsphere.local", "VMware1!");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_EmptyHost_ThrowsNamingHost(string host)
    {
        var ex = Assert.Throws<ArgumentException>(() => new VCenterClientFactory().Create(new VCenterTarget { Host = host }, Admin));
        Assert.Equal("Host", ex.ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(70000)]
    public void Create_PortOutOfRange_ThrowsNamingPort(int port)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new VCenterClientFactory().Create(new VCenterTarget { Host = "vc.local", Port = port }, Admin));
        Assert.Equal("Port", ex.ParamName);
    }

    [Fact]
    public void Create_UnknownFlavor_ThrowsNamingFlavor()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new VCenterClientFactory().Create(new VCenterTarget { Host = "vc.local", Flavor = (ApiFlavor)7 }, Admin));
        Assert.Equal("Flavor", ex.ParamName);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("ZZ00000000000000000000000000000000000000000000000000000000000000")]
    public void Create_MalformedThumbprint_ThrowsNamingThumbprint(string thumbprint)
    {
        var ex = Assert.Throws<ArgumentException>(() => new VCenterClientFactory().Create(new VCenterTarget { Host = "vc.local", CertificateThumbprint = thumbprint }, Admin));
        Assert.Equal("CertificateThumbprint", ex.ParamName);
    }

    [Fact]
    public void Create_NegativeTimeout_ThrowsNamingTimeout()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new VCenterClientFactory().Create(new VCenterTarget { Host = "vc.local", Timeout = TimeSpan.FromSeconds(-1) }, Admin));
        Assert.Equal("Timeout", ex.ParamName);
    }

    [Fact]
    public void Target_Defaults_AreSecureApiOn443()
    {
        var target = new VCenterTarget { Host = "vc.local" };

        Assert.False(target.Insecure);
        Assert.Null(target.CertificateThumbprint);
        Assert.Equal(ApiFlavor.Api, target.Flavor);
        Assert.Equal(new Uri("https://vc.local:443/"), target.BaseAddress);
        Assert.Equal(5480, VCenterTarget.Management("vc.local").Port);
    }

    [Fact]
    public void FromEndpoint_LookupUrl_TakesHostAndPort()
    {
        var target = VCenterTarget.FromEndpoint(new Uri("https://vcsa-02.vsphere.local:8443/api"));

        Assert.Equal("vcsa-02.vsphere.local", target.Host);
        Assert.Equal(8443, target.Port);
    }

    [Theory]
    [InlineData("", "pw", "userName")]
    [InlineData("administrator@vsphere.local", "", "password")]
    [InlineData("a:b", "pw", "userName")]
    public void Sso_BadCredentials_ThrowsNamingTheArgument(string user, string password, string argument)
    {
        var ex = Assert.Throws<ArgumentException>(() => VCenterCredentials.Sso(user, password));
        Assert.Equal(argument, ex.ParamName);
    }

    [Fact]
    public void Credentials_ToString_HidesThePassword()
    {
        Assert.DoesNotContain("VMware1!", Admin.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Factory_NegativeRetries_ThrowsNamingRetry()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new VCenterClientFactory(new VCenterClientOptions { Retry = new RetryPolicy { MaxRetries = -1 } }));
        Assert.Equal("Retry", ex.ParamName);
    }

    [Fact]
    public void Factory_JitterAboveOne_ThrowsNamingWait()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new VCenterClientFactory(new VCenterClientOptions { Wait = new WaitPolicy { Backoff = new Backoff { Jitter = 2 } } }));
        Assert.Equal("Wait", ex.ParamName);
    }

    [Fact]
    public async Task GetAsync_EmptyTaskId_ThrowsBeforeSending()
    {
        // Nothing listens on this host: an argument error proves no request was attempted.
        await using var client = new VCenterClientFactory().Create(new VCenterTarget { Host = "unreachable.invalid" }, Admin);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.Tasks.GetAsync(""));
        Assert.Equal("taskId", ex.ParamName);
    }

    [Fact]
    public async Task ListAsync_UnknownStatus_ThrowsNamingFilter()
    {
        await using var client = new VCenterClientFactory().Create(new VCenterTarget { Host = "unreachable.invalid" }, Admin);

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            client.Tasks.ListAsync(new TaskFilterSpec { Status = [(VCRunbooks.VCenter.Common.TaskStatus)42] }));
        Assert.Equal("filter", ex.ParamName);
    }
}
