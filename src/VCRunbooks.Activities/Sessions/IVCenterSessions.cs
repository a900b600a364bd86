using VCRunbooks.VCenter.Client;

namespace VCRunbooks.Activities.Sessions;

/// <summary>Gives activities a logged-in client for a session reference; clients are shared within the process.</summary>
public interface IVCenterSessions
{
    /// <summary>The process's client for the session's target and kind, created on first use; safe to call from any thread.</summary>
    /// <exception cref="InvalidOperationException">No target has that name, or it names no secret or a missing one; the next call tries again.</exception>
    Task<IVCenterClient> GetAsync(SessionReference session, CancellationToken cancellationToken);
}
