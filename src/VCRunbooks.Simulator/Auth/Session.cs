namespace VCRunbooks.Simulator.Auth;

/// <summary>One API session: its token, its user and when it was last used.</summary>
public sealed class Session(string token, Principal user, DateTimeOffset created)
{
    /// <summary>The session id clients send in the <c>vmware-api-session-id</c> header (or cookie on /rest).</summary>
    public string Token { get; } = token;
    /// <summary>The user who logged in.</summary>
    public Principal User { get; } = user;
    /// <summary>When the session was created (<c>created_time</c>), in simulated time.</summary>
    public DateTimeOffset CreatedTime { get; } = created;
    /// <summary>When the session was last used (<c>last_accessed_time</c>); every authenticated call refreshes it.</summary>
    public DateTimeOffset LastAccessedTime { get; set; } = created;
}
