using System.Text;
using VCRunbooks.VCenter.Client.Connection;

namespace VCRunbooks.VCenter.Client.Transport;

/// <summary>Local account basic auth on every call (the appliance management side, port 5480).</summary>
internal sealed class BasicAuthenticator(VCenterCredentials credentials) : ICallAuthenticator
{
    private readonly AuthStamp _stamp = new("Authorization", Header(credentials), Renewable: false);

    public static string Header(VCenterCredentials credentials) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{credentials.UserName}:{credentials.Password}"));

    public ValueTask<AuthStamp> AuthenticateAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_stamp);

    public ValueTask<bool> RenewAsync(AuthStamp rejected, CancellationToken cancellationToken) => ValueTask.FromResult(false);

    public ValueTask LogoutAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
