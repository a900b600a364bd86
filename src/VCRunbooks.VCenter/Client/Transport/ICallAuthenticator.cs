namespace VCRunbooks.VCenter.Client.Transport;

/// <summary>Supplies the credential header of each call and renews it when the server says it expired.</summary>
internal interface ICallAuthenticator
{
    ValueTask<AuthStamp> AuthenticateAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the credential a call was rejected with; false when nothing can be renewed.</summary>
    ValueTask<bool> RenewAsync(AuthStamp rejected, CancellationToken cancellationToken);

    ValueTask LogoutAsync(CancellationToken cancellationToken);
}
