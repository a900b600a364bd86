using VCRunbooks.VCenter.Client;

namespace VCRunbooks.Activities.Sessions;

/// <summary>Gives activities a logged-in client for a session reference; clients are shared within the process.</summary>
public interface IVCenterSessions
{
    Task<IVCenterClient> GetAsync(SessionReference session, CancellationToken cancellationToken);
}
