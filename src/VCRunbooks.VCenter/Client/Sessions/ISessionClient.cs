using VCRunbooks.VCenter.Sessions;

namespace VCRunbooks.VCenter.Client.Sessions;

/// <summary>The client's own SSO session (it logs in on first use and again once when a session expires).</summary>
public interface ISessionClient
{
    /// <summary>Who the session belongs to, and when it was created and last used (<c>GET /api/session</c>).</summary>
    Task<SessionInfo> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Ends the session on the server (<c>DELETE /api/session</c>); the next call logs in again.</summary>
    Task LogoutAsync(CancellationToken cancellationToken = default);
}
