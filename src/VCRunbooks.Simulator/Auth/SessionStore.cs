using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace VCRunbooks.Simulator.Auth;

/// <summary>The sessions of one appliance, expiring after an idle period of simulated time.</summary>
public sealed class SessionStore(TimeSpan idleTimeout)
{
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);

    public TimeSpan IdleTimeout { get; set; } = idleTimeout;

    public int Count => _sessions.Count;

    public Session Create(Principal user, DateTimeOffset now)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var session = new Session(token, user, now);
        _sessions[token] = session;
        return session;
    }

    /// <summary>The live session for <paramref name="token"/>, touched; null if unknown or idle too long.</summary>
    public Session? Touch(string token, DateTimeOffset now)
    {
        if (!_sessions.TryGetValue(token, out var session))
        {
            return null;
        }
        if (now - session.LastAccessedTime > IdleTimeout)
        {
            _sessions.TryRemove(token, out _);
            return null;
        }
        session.LastAccessedTime = now;
        return session;
    }

    public bool Delete(string token) => _sessions.TryRemove(token, out _);

    /// <summary>Ends every session at once, as a fault or an appliance restart does.</summary>
    public void ExpireAll() => _sessions.Clear();
}
