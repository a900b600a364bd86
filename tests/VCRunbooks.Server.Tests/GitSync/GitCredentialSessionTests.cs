using System.Diagnostics;
using VCRunbooks.Server.GitSync.Git;

namespace VCRunbooks.Server.Tests.GitSync;

/// <summary>Credentials reach git through files only it can read, never through arguments or environment values, and are deleted after.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class GitCredentialSessionTests
{
    private const string Token = "ghp_exampletoken0123456789";

    [Fact]
    public void Token_AskpassAnswersUserAndToken_FilesPrivate_DeletedOnDispose()
    {
        string askpass;
        using (var session = GitCredentialSession.Create(Token, "oauth2", "/tmp/unused-known-hosts"))
        {
            askpass = session.Environment["GIT_ASKPASS"];
            Assert.DoesNotContain(session.Environment.Values, v => v.Contains(Token, StringComparison.Ordinal));
            Assert.Equal("oauth2", Run(askpass, "Username for 'https://git.example.com': "));
            Assert.Equal(Token, Run(askpass, "Password for 'https://oauth2@git.example.com': "));
            var folder = Path.GetDirectoryName(askpass)!;
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
            Assert.All(Directory.GetFiles(folder).Where(f => f != askpass), f => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(f)));
        }

        Assert.False(Directory.Exists(Path.GetDirectoryName(askpass)));
    }

    [Fact]
    public void SshKey_KeyFileMode600_InSshCommand_DeletedOnDispose()
    {
        const string key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----";
        string keyFile;
        using (var session = GitCredentialSession.Create(key, "git", "/tmp/vcrunbooks-test-known-hosts/known_hosts"))
        {
            var command = session.Environment["GIT_SSH_COMMAND"];
            keyFile = command.Split('\'')[1];
            Assert.DoesNotContain("b3BlbnNzaC1rZXktdjEAAAAA", command, StringComparison.Ordinal);
            Assert.Contains("-o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=accept-new", command, StringComparison.Ordinal);
            Assert.Equal(key + "\n", File.ReadAllText(keyFile));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }

        Assert.False(File.Exists(keyFile));
    }

    [Fact]
    public void Scrub_UrlWithUserInfo_Masked()
    {
        Assert.Equal("fatal: unable to access 'https://***@git.example.com/ops.git/'", GitProcess.Scrub($"fatal: unable to access 'https://x:{Token}@git.example.com/ops.git/'"));
    }

    private static string Run(string script, string prompt)
    {
        using var process = Process.Start(new ProcessStartInfo(script, [prompt]) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output.TrimEnd('\n');
    }
}
