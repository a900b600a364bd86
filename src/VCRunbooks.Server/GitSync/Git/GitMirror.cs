using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace VCRunbooks.Server.GitSync.Git;

/// <summary>
/// A bare copy of the remote's branch in the data folder (one per URL). A fetch takes the branch as the remote has it,
/// force-pushes included; files are read from commits' trees, never from a checkout.
/// </summary>
internal sealed class GitMirror(GitProcess git, string folder)
{
    private const string Ref = "refs/vcrunbooks/synced";

    public string Folder => folder;

    public static string FolderFor(string dataFolder, string url) =>
        Path.Combine(dataFolder, "git", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..16] + ".git");

    /// <summary>Fetches the branch and answers its commit.</summary>
    public async Task<string> FetchAsync(string url, string branch, GitCredentialSession credentials, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(folder, "HEAD")))
        {
            Directory.CreateDirectory(folder);
            await git.RunCheckedAsync(folder, ["init", "--bare", "--quiet"], null, null, cancellationToken);
        }

        await git.RunCheckedAsync(folder, ["fetch", "--quiet", "--no-tags", "--force", "--", url, $"+refs/heads/{branch}:{Ref}"], credentials.Environment, null, cancellationToken);
        return (await git.RunCheckedAsync(folder, ["rev-parse", "--verify", Ref + "^{commit}"], null, null, cancellationToken)).Text.Trim();
    }

    public async Task<GitCommit> CommitAsync(string sha, CancellationToken cancellationToken)
    {
        var text = (await git.RunCheckedAsync(folder, ["show", "-s", "--format=%H%x00%an <%ae>%x00%at%x00%s", sha], null, null, cancellationToken)).Text.TrimEnd('\n');
        var parts = text.Split('\0');
        return new GitCommit(parts[0], parts[1], DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[2], CultureInfo.InvariantCulture)), parts[3]);
    }

    /// <summary>Whether <paramref name="older"/> is in the history of <paramref name="newer"/> (false after a force-push rewrote it).</summary>
    public async Task<bool> IsAncestorAsync(string older, string newer, CancellationToken cancellationToken) =>
        (await git.RunAsync(folder, ["merge-base", "--is-ancestor", older, newer], null, null, cancellationToken)).ExitCode == 0;

    /// <summary>Every file under <paramref name="prefix"/> ("runbooks/", or "" for all) in the commit's tree.</summary>
    public async Task<IReadOnlyList<GitTreeEntry>> ListFilesAsync(string sha, string prefix, CancellationToken cancellationToken)
    {
        var args = new List<string> { "ls-tree", "-r", "-z", "--full-tree", sha };
        if (prefix.Length > 0)
        {
            args.AddRange(["--", prefix]);
        }

        var entries = new List<GitTreeEntry>();
        foreach (var line in (await git.RunCheckedAsync(folder, args, null, null, cancellationToken)).Text.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> <type> <blob>\t<path>"; submodules (commit) and symbolic links (120000) are not runbook files.
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var meta = line[..tab].Split(' ');
            if (meta[1] == "blob" && meta[0] != "120000")
            {
                entries.Add(new GitTreeEntry(line[(tab + 1)..], meta[2]));
            }
        }

        return entries;
    }

    /// <summary>
    /// A commit on top of <paramref name="parent"/> that writes one file, made with a private index (no checkout, the
    /// mirror's refs untouched); answers its SHA.
    /// </summary>
    public async Task<string> CommitFileAsync(string parent, string path, byte[] content, string message, GitIdentity author, GitIdentity committer, CancellationToken cancellationToken)
    {
        var index = Path.Combine(folder, $"index-{Guid.NewGuid():N}");
        try
        {
            var env = new Dictionary<string, string>
            {
                ["GIT_INDEX_FILE"] = index,
                ["GIT_AUTHOR_NAME"] = author.Name, ["GIT_AUTHOR_EMAIL"] = author.Email,
                ["GIT_COMMITTER_NAME"] = committer.Name, ["GIT_COMMITTER_EMAIL"] = committer.Email,
            };
            var blob = (await git.RunCheckedAsync(folder, ["hash-object", "-w", "--stdin"], env, content, cancellationToken)).Text.Trim();
            await git.RunCheckedAsync(folder, ["read-tree", parent], env, null, cancellationToken);
            await git.RunCheckedAsync(folder, ["update-index", "--add", "--cacheinfo", $"100644,{blob},{path}"], env, null, cancellationToken);
            var tree = (await git.RunCheckedAsync(folder, ["write-tree"], env, null, cancellationToken)).Text.Trim();
            return (await git.RunCheckedAsync(folder, ["commit-tree", tree, "-p", parent, "-F", "-"], env, Encoding.UTF8.GetBytes(message), cancellationToken)).Text.Trim();
        }
        finally
        {
            File.Delete(index);
        }
    }

    /// <summary>Pushes a commit to a new branch of the remote; an existing branch of that name is refused, not overwritten.</summary>
    public Task PushAsync(string url, string commit, string branch, GitCredentialSession credentials, CancellationToken cancellationToken) =>
        git.RunCheckedAsync(folder, ["push", "--quiet", "--", url, $"{commit}:refs/heads/{branch}"], credentials.Environment, null, cancellationToken);

    /// <summary>The contents of blobs, read in one git process.</summary>
    public async Task<IReadOnlyDictionary<string, byte[]>> ReadBlobsAsync(IReadOnlyCollection<string> blobs, CancellationToken cancellationToken)
    {
        var contents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (blobs.Count == 0)
        {
            return contents;
        }

        var input = Encoding.ASCII.GetBytes(string.Join('\n', blobs) + "\n");
        var output = (await git.RunCheckedAsync(folder, ["cat-file", "--batch"], null, input, cancellationToken)).Output;
        var at = 0;
        while (at < output.Length)
        {
            // "<sha> blob <size>\n<content>\n"
            var end = Array.IndexOf(output, (byte)'\n', at);
            var header = Encoding.ASCII.GetString(output, at, end - at).Split(' ');
            if (header.Length < 3)
            {
                throw new GitCommandException($"git cat-file could not read object {header[0]}.");
            }

            var size = int.Parse(header[2], CultureInfo.InvariantCulture);
            contents[header[0]] = output.AsSpan(end + 1, size).ToArray();
            at = end + 1 + size + 1;
        }

        return contents;
    }
}
