namespace VCRunbooks.Simulator.Auth;

/// <summary>One API session: its token, its user and when it was last used.</summary>
public sealed class Session(string token, Principal user, DateTimeOffset created)
{
    public string Token { get; } = token;
    public Principal User { get; } = user;
    public DateTimeOffset CreatedTime { get; } = created;
    public DateTimeOffset LastAccessedTime { get; set; } = created;
}
