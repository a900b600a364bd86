using VCRunbooks.VCenter.Client.Connection;

namespace VCRunbooks.VCenter.Client;

/// <summary>Creates clients for targets; register with <c>AddVCenterClient()</c>.</summary>
public interface IVCenterClientFactory
{
    /// <summary>A client for <paramref name="target"/>; throws <see cref="ArgumentException"/> naming a bad setting before anything is sent.</summary>
    IVCenterClient Create(VCenterTarget target, VCenterCredentials credentials);
}
