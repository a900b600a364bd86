namespace VCRunbooks.VCenter.Sessions;

/// <summary>The caller's session (GET /api/session).</summary>
public sealed record SessionInfo
{
    public required string User { get; init; }
    public required DateTimeOffset CreatedTime { get; init; }
    public required DateTimeOffset LastAccessedTime { get; init; }
}
