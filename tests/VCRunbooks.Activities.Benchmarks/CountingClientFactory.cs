using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Connection;

namespace VCRunbooks.Activities.Benchmarks;

internal sealed class CountingClientFactory(IVCenterClientFactory inner, CallCounter counter) : IVCenterClientFactory
{
    public IVCenterClient Create(VCenterTarget target, VCenterCredentials credentials) => CountingProxy.Wrap(inner.Create(target, credentials), counter);
}
