using System.Diagnostics;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.GitSync;

/// <summary>
/// A real git remote on disk: a bare repository (the server fetches it by file:// URL) and a working clone the test
/// commits and pushes from with the git command line, as an author would.
/// </summary>
public sealed class GitRemote : IDisposable
{
    private readonly TempDirectory _root = new();

    private GitRemote()
    {
        Bare = Path.Combine(_root.Path, "remote.git");
        Work = Path.Combine(_root.Path, "work");
    }

    public string Bare { get; }
    public string Work { get; }
    public string Url => new Uri(Bare).AbsoluteUri;

    /// <summary>A remote whose main branch has one commit holding <paramref name="files"/>.</summary>
    public static GitRemote Create(IReadOnlyDictionary<string, string> files, string message = "First runbooks")
    {
        var remote = new GitRemote();
        Git(remote._root.Path, "init", "--bare", "--quiet", "--initial-branch=main", remote.Bare);
        Git(remote._root.Path, "clone", "--quiet", remote.Bare, remote.Work);
        Git(remote.Work, "checkout", "--quiet", "-b", "main");
        remote.Commit(files, message);
        remote.Push();
        return remote;
    }

    /// <summary>Writes files and commits them as Alice; answers the commit.</summary>
    public string Commit(IReadOnlyDictionary<string, string> files, string message, string author = "Alice Author <alice@example.com>")
    {
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(Work, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
            Git(Work, "add", path);
        }

        return CommitStaged(message, author);
    }

    /// <summary>Deletes a file and commits that; answers the commit.</summary>
    public string Delete(string path, string message)
    {
        Git(Work, "rm", "--quiet", path);
        return CommitStaged(message, "Alice Author <alice@example.com>");
    }

    private string CommitStaged(string message, string author)
    {
        Git(Work, "-c", "user.name=Committer", "-c", "user.email=committer@example.com", "commit", "--quiet", "--allow-empty", "-m", message, "--author", author);
        return Head();
    }

    public void Push(bool force = false) => Git(Work, force ? ["push", "--quiet", "--force", "origin", "main"] : ["push", "--quiet", "origin", "main"]);

    /// <summary>Moves the working branch back to <paramref name="commit"/>, forgetting the commits after it (for a force-push).</summary>
    public void ResetTo(string commit) => Git(Work, "reset", "--quiet", "--hard", commit);

    public string Head() => Git(Work, "rev-parse", "HEAD").Trim();

    public static string Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error}");
        }

        return output.Result;
    }

    public void Dispose() => _root.Dispose();
}
