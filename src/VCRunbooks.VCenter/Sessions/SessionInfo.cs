namespace VCRunbooks.VCenter.Sessions;

/// <summary>The caller's session (GET /api/session).</summary>
public sealed record SessionInfo
{
    /// <summary>The authenticated user, e.g. <c>Administrator@vsphere.local</c>.</summary>
    public required string User { get; init; }
    /// <summary>When the session was created.</summary>
    public required DateTimeOffset CreatedTime { get; init; }
    /// <summary>When the session was last used; every request refreshes it, and the idle timeout counts from it.</summary>
    public required DateTimeOffset LastAccessedTime { get; init; }
}
