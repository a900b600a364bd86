using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Resilience;

namespace VCRunbooks.VCenter.Tests.Core;

public sealed class ServiceCollectionTests
{
    [Fact]
    public void AddVCenterClient_Configured_ResolvesFactoryWithTheOptions()
    {
        var services = new ServiceCollection().AddLogging().AddVCenterClient(o => o.Retry = new RetryPolicy { MaxRetries = 1 });
        using var provider = services.BuildServiceProvider();

        var factory = provider.GetRequiredService<IVCenterClientFactory>();

        Assert.IsType<VCenterClientFactory>(factory);
        Assert.Equal(1, provider.GetRequiredService<VCenterClientOptions>().Retry.MaxRetries);
        Assert.NotNull(((VCenterClientFactory)factory).Pipelines.GetPipeline(VCenterPipelines.Safe));
    }

    [Fact]
    public void AddVCenterClient_InvalidOptions_ThrowsAtRegistration()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCollection().AddVCenterClient(o => o.Retry = new RetryPolicy { MaxRetries = -3 }));
    }
}
