using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace VCRunbooks.Simulator.Auth;

/// <summary>The sessions of one appliance, expiring after an idle period of simulated time.</summary>
public sealed class SessionStore(TimeSpan idleTimeout)
{
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);

    /// <summary>How long a session may stay unused before it expires; set by <see cref="SimulatorOptions.SessionIdleTimeout"/> or the control API's faults.</summary>
    public TimeSpan IdleTimeout { get; set; } = idleTimeout;

    /// <summary>The number of sessions held, including idle ones not yet found expired.</summary>
    public int Count => _sessions.Count;

    /// <summary>Opens a session for <paramref name="user"/> with a random 32-hex-digit token (<c>POST /api/session</c>).</summary>
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

    /// <summary>Ends the session (<c>DELETE /api/session</c>); false when the token is unknown.</summary>
    public bool Delete(string token) => _sessions.TryRemove(token, out _);

    /// <summary>Ends every session at once, as a fault or an appliance restart does.</summary>
    public void ExpireAll() => _sessions.Clear();
}
