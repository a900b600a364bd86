using System.ComponentModel.DataAnnotations;

namespace VCRunbooks.Server.GitSync;

/// <summary>The git repository runbooks come from; bound from <c>Runbooks:Git</c>. Without a URL the runbooks folder is used.</summary>
public sealed class GitSyncOptions : IValidatableObject
{
    /// <summary>The configuration section: <c>Runbooks:Git</c>.</summary>
    public const string SectionName = "Runbooks:Git";

    /// <summary>Clone URL: https://, ssh:// or scp-like (git@host:org/repo.git), or file:// for a repository on disk.</summary>
    public string? Url { get; set; }

    /// <summary>The branch runbooks are read from.</summary>
    public string Branch { get; set; } = "main";

    /// <summary>Folder inside the repository holding the runbooks ("" for the root).</summary>
    public string Path { get; set; } = "";

    /// <summary>How often the branch is fetched; zero syncs only at start, on a webhook and on request.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Name of the secret holding an HTTPS token or an SSH private key (PEM / OpenSSH); none for public repositories.</summary>
    public string? Credential { get; set; }

    /// <summary>User name sent with an HTTPS token (GitHub takes any; GitLab wants "oauth2" for OAuth tokens).</summary>
    public string TokenUser { get; set; } = "git";

    /// <summary>Name of the secret push webhooks are signed (GitHub, Gitea) or authenticated (GitLab) with; none refuses webhooks.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Whether the server may push drafts to the remote as branches (with the credential).</summary>
    public bool AllowPush { get; set; }

    /// <summary>Prefix of the branches drafts are pushed to: vcrunbooks/drafts/&lt;id&gt;-&lt;time&gt;.</summary>
    public string PushBranchPrefix { get; set; } = "vcrunbooks/drafts/";

    /// <summary>The committer name on commits the server makes (pushed drafts).</summary>
    public string CommitterName { get; set; } = "VCRunbooks";

    /// <summary>The committer e-mail on commits the server makes.</summary>
    public string CommitterEmail { get; set; } = "vcrunbooks@localhost";

    /// <summary>The git executable.</summary>
    public string GitPath { get; set; } = "git";

    /// <summary>Longest a fetch or push may take before it is stopped and the sync reported failed.</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>True when a <see cref="Url"/> is configured; otherwise runbooks come from the runbooks folder.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Url);

    /// <summary>The source as messages name it: the URL without any user or token in it, the branch and the path.</summary>
    public string Describe()
    {
        var url = Uri.TryCreate(Url, UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0
            ? new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri.ToString()
            : Url;
        return $"{url} branch {Branch}" + (Path.Length > 0 ? $" path {Path}" : string.Empty);
    }

    /// <summary>The configured folder as a repository path prefix ("runbooks/"), or "" for the root.</summary>
    public string PathPrefix => Path.Trim('/') is { Length: > 0 } p ? p + "/" : "";

    /// <summary>Checks the branch name, the folder, the poll interval, the URL and the push prefix when sync is enabled; each error names its setting.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Branch) || Branch.StartsWith('-') || Branch.Contains("..", StringComparison.Ordinal) || Branch.Any(char.IsWhiteSpace))
        {
            yield return new ValidationResult($"Runbooks:Git:Branch '{Branch}' is not a branch name.", [nameof(Branch)]);
        }

        if (Path.Split('/').Any(segment => segment is ".." or "."))
        {
            yield return new ValidationResult($"Runbooks:Git:Path '{Path}' must be a folder inside the repository, without '.' or '..'.", [nameof(Path)]);
        }

        if (PollInterval < TimeSpan.Zero || (PollInterval > TimeSpan.Zero && PollInterval < TimeSpan.FromSeconds(5)))
        {
            yield return new ValidationResult($"Runbooks:Git:PollInterval must be zero (no polling) or at least 00:00:05; it is {PollInterval}.", [nameof(PollInterval)]);
        }

        if (Url!.StartsWith('-'))
        {
            yield return new ValidationResult("Runbooks:Git:Url must be a repository URL.", [nameof(Url)]);
        }

        if (AllowPush && string.IsNullOrWhiteSpace(PushBranchPrefix))
        {
            yield return new ValidationResult("Runbooks:Git:PushBranchPrefix is required when Runbooks:Git:AllowPush is true.", [nameof(PushBranchPrefix)]);
        }
    }
}
