using System.Text;

namespace VCRunbooks.Server.GitSync.Git;

/// <summary>
/// Hands a credential to git for one operation without putting it in an argument (visible to every user in the process
/// list) or in the environment: an HTTPS token in a file git's askpass helper reads, an SSH key in a key file, both mode
/// 600 in a private folder that is deleted when the operation ends.
/// </summary>
internal sealed class GitCredentialSession : IDisposable
{
    private readonly string? _folder;

    private GitCredentialSession(string? folder, IReadOnlyDictionary<string, string> environment)
    {
        _folder = folder;
        Environment = environment;
    }

    /// <summary>What to add to git's environment.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    public static GitCredentialSession None { get; } = new(null, new Dictionary<string, string>());

    /// <param name="secret">An HTTPS token, or an SSH private key (PEM or OpenSSH format).</param>
    /// <param name="tokenUser">The user name sent with a token.</param>
    /// <param name="knownHosts">The known_hosts file SSH host keys are kept in (first seen, then pinned).</param>
    public static GitCredentialSession Create(string secret, string tokenUser, string knownHosts)
    {
        var folder = Directory.CreateTempSubdirectory("vcrunbooks-git-");
        if (!OperatingSystem.IsWindows())
        {
            folder.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        }

        try
        {
            return IsSshKey(secret) ? ForSshKey(folder.FullName, secret, knownHosts) : ForToken(folder.FullName, secret, tokenUser);
        }
        catch
        {
            folder.Delete(recursive: true);
            throw;
        }
    }

    public static bool IsSshKey(string secret) => secret.TrimStart().StartsWith("-----BEGIN ", StringComparison.Ordinal) && secret.Contains("PRIVATE KEY-----", StringComparison.Ordinal);

    private static GitCredentialSession ForToken(string folder, string token, string user)
    {
        var tokenFile = WritePrivate(folder, "token", token.Trim());
        var userFile = WritePrivate(folder, "user", user);
        // git asks "Username for ...:" then "Password for ...:"; the helper answers from the files, so the token is
        // never an argument or an environment variable of any process.
        var askpass = WritePrivate(folder, "askpass.sh",
            "#!/bin/sh\ncase \"$1\" in\n  Username*) cat '" + userFile + "' ;;\n  *) cat '" + tokenFile + "' ;;\nesac\n",
            executable: true);
        return new GitCredentialSession(folder, new Dictionary<string, string> { ["GIT_ASKPASS"] = askpass, ["SSH_ASKPASS"] = askpass });
    }

    private static GitCredentialSession ForSshKey(string folder, string key, string knownHosts)
    {
        // ssh refuses a key file without a final newline or readable by others.
        var keyFile = WritePrivate(folder, "id_key", key.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n");
        Directory.CreateDirectory(Path.GetDirectoryName(knownHosts)!);
        var command = $"ssh -i '{keyFile}' -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=accept-new -o UserKnownHostsFile='{knownHosts}'";
        return new GitCredentialSession(folder, new Dictionary<string, string> { ["GIT_SSH_COMMAND"] = command });
    }

    private static string WritePrivate(string folder, string name, string content, bool executable = false)
    {
        var path = Path.Combine(folder, name);
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | (executable ? UnixFileMode.UserExecute : 0);
        using (var stream = OperatingSystem.IsWindows()
            ? new FileStream(path, FileMode.CreateNew, FileAccess.Write)
            : new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = mode }))
        {
            stream.Write(Encoding.UTF8.GetBytes(content));
        }

        return path;
    }

    public void Dispose()
    {
        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
