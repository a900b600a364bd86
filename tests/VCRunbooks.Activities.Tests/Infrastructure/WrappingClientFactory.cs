using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Connection;

namespace VCRunbooks.Activities.Tests.Infrastructure;

/// <summary>Creates real clients and lets a test wrap them.</summary>
internal sealed class WrappingClientFactory(IVCenterClientFactory inner, Func<IVCenterClient, IVCenterClient> wrap) : IVCenterClientFactory
{
    public IVCenterClient Create(VCenterTarget target, VCenterCredentials credentials) => wrap(inner.Create(target, credentials));
}
