using System.Security.Cryptography;
using System.Text;

namespace VCRunbooks.Server.GitSync;

/// <summary>
/// Verifies a push webhook against the shared secret: GitHub's X-Hub-Signature-256 ("sha256=" + HMAC-SHA256 of the body,
/// hex), Gitea's X-Gitea-Signature (the same HMAC, hex alone) and GitLab's X-Gitlab-Token (the secret itself), each compared
/// in constant time.
/// </summary>
internal static class GitWebhookSignature
{
    public const string GitHubHeader = "X-Hub-Signature-256", GiteaHeader = "X-Gitea-Signature", GitLabHeader = "X-Gitlab-Token";

    /// <summary>The provider whose signature is present and right, or null (with why) when none is.</summary>
    public static string? Verify(IHeaderDictionary headers, byte[] body, string secret, out string? problem)
    {
        problem = null;
        var key = Encoding.UTF8.GetBytes(secret);
        if (headers.TryGetValue(GiteaHeader, out var gitea))
        {
            return Same(gitea.ToString().Trim().ToLowerInvariant(), Convert.ToHexStringLower(HMACSHA256.HashData(key, body))) ? "gitea" : Wrong(GiteaHeader, out problem);
        }

        if (headers.TryGetValue(GitHubHeader, out var github))
        {
            return Same(github.ToString().Trim().ToLowerInvariant(), "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(key, body))) ? "github" : Wrong(GitHubHeader, out problem);
        }

        if (headers.TryGetValue(GitLabHeader, out var gitlab))
        {
            return Same(gitlab.ToString(), secret) ? "gitlab" : Wrong(GitLabHeader, out problem);
        }

        problem = $"no signature: send {GitHubHeader} (GitHub), {GiteaHeader} (Gitea) or {GitLabHeader} (GitLab)";
        return null;
    }

    private static string? Wrong(string header, out string? problem)
    {
        problem = $"the {header} header does not match the webhook secret";
        return null;
    }

    private static bool Same(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
