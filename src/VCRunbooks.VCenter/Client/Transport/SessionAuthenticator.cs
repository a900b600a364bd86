using VCRunbooks.VCenter.Client.Connection;

namespace VCRunbooks.VCenter.Client.Transport;

/// <summary>
/// An SSO session: logs in on first use, and logs in again when a call is rejected with the current token
/// (the transport retries that call once). Concurrent callers share one login.
/// </summary>
internal sealed class SessionAuthenticator(
    VCenterCredentials credentials,
    Func<VCenterCredentials, CancellationToken, Task<string>> login,
    Func<string, CancellationToken, Task> logout) : ICallAuthenticator, IDisposable
{
    public const string HeaderName = "vmware-api-session-id";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AuthStamp? _current;

    public async ValueTask<AuthStamp> AuthenticateAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _current) is { } current)
        {
            return current;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _current ??= await LoginAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask<bool> RenewAsync(AuthStamp rejected, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Another caller may already have renewed the session this call was rejected with.
            if (ReferenceEquals(_current, rejected) || _current is null)
            {
                _current = await LoginAsync(cancellationToken);
            }
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask LogoutAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } current)
            {
                _current = null;
                await logout(current.HeaderValue, cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<AuthStamp> LoginAsync(CancellationToken cancellationToken) =>
        new(HeaderName, await login(credentials, cancellationToken), Renewable: true);
}
