using System.Collections.Concurrent;

namespace VCRunbooks.Simulator.Auth;

/// <summary>The SSO and local users of one appliance. SSO names compare without case, as vCenter does.</summary>
public sealed class UserDirectory
{
    private readonly ConcurrentDictionary<string, UserAccount> _sso = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, UserAccount> _local = new(StringComparer.Ordinal);

    /// <summary>Adds the account, or replaces the one of the same name (SSO or local by <see cref="UserAccount.IsLocal"/>).</summary>
    public void Add(UserAccount account)
    {
        var users = account.IsLocal ? _local : _sso;
        users[account.Name] = account;
    }

    /// <summary>The SSO user with that name (any case) and password, or null.</summary>
    public Principal? AuthenticateSso(string name, string password) => Authenticate(_sso, name, password);

    /// <summary>The local OS user (e.g. root) with that exact name and password, or null.</summary>
    public Principal? AuthenticateLocal(string name, string password) => Authenticate(_local, name, password);

    /// <summary>Every account, SSO users first.</summary>
    public IReadOnlyList<UserAccount> All => [.. _sso.Values, .. _local.Values];

    private static Principal? Authenticate(ConcurrentDictionary<string, UserAccount> users, string name, string password) =>
        users.TryGetValue(name, out var account) && string.Equals(account.Password, password, StringComparison.Ordinal)
            ? new Principal(account.Name, account.Role, account.IsLocal)
            : null;
}
