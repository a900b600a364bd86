using System.Globalization;
using System.Text;
using System.Text.Json;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Server.GitSync.Git;
using VCRunbooks.Server.Hosting;

namespace VCRunbooks.Server.GitSync;

/// <summary>
/// Drafts on their way to git: the file a draft becomes (indented JSON at the path its runbook has in the repository),
/// and, when the server may push, a branch with one commit writing it, based on the branch runbooks come from.
/// </summary>
internal sealed class GitDrafts(GitSyncService sync, DataFolder data, TimeProvider time)
{
    private static readonly JsonSerializerOptions Indented = new(RunbookJson.Options) { WriteIndented = true };

    /// <summary>The repository path of a runbook's file: where the last sync found it, else &lt;Path&gt;/&lt;id&gt;.json.</summary>
    public string PathOf(string id) =>
        sync.Status.Files.FirstOrDefault(f => f.RunbookId == id && f.State != "skipped")?.Path ?? sync.Options.PathPrefix + id + ".json";

    public static byte[] FileOf(RunbookDefinition draft) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(draft with { Version = 0 }, Indented) + "\n");

    public async Task<DraftPushResponse> PushAsync(RunbookDefinition draft, string user, CancellationToken cancellationToken)
    {
        var options = sync.Options;
        var mirror = new GitMirror(new GitProcess(options.GitPath, options.CommandTimeout), GitMirror.FolderFor(data.Path, options.Url!));
        var path = PathOf(draft.Id);
        var branch = options.PushBranchPrefix + draft.Id + "-" + time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        using var credentials = await sync.CredentialsAsync(cancellationToken);
        var parent = await mirror.FetchAsync(options.Url!, options.Branch, credentials, cancellationToken);
        var committer = new GitIdentity(options.CommitterName, options.CommitterEmail);
        var commit = await mirror.CommitFileAsync(parent, path, FileOf(draft),
            $"Runbook {draft.Id}: draft from VCRunbooks\n\nSaved as a draft by {user} and pushed for review.\n", new GitIdentity(user, options.CommitterEmail), committer, cancellationToken);
        await mirror.PushAsync(options.Url!, commit, branch, credentials, cancellationToken);
        return new DraftPushResponse(branch, commit, path, parent);
    }
}
