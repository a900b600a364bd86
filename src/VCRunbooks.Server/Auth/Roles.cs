namespace VCRunbooks.Server.Auth;

/// <summary>The four roles, each including the rights of those before it: viewer &lt; operator &lt; author &lt; admin.</summary>
public static class Roles
{
    /// <summary>Reads runbooks, runs, questions, targets and triggers; never secrets.</summary>
    public const string Viewer = "viewer";
    /// <summary>A viewer who also starts and steers runs and answers questions.</summary>
    public const string Operator = "operator";
    /// <summary>An operator who also edits and publishes runbooks.</summary>
    public const string Author = "author";
    /// <summary>An author who also writes targets, secrets and triggers.</summary>
    public const string Admin = "admin";

    /// <summary>The roles from least to most rights.</summary>
    public static IReadOnlyList<string> Ordered { get; } = [Viewer, Operator, Author, Admin];

    /// <summary>Whether <paramref name="role"/> is one of the four, spelled exactly (lower case).</summary>
    public static bool IsKnown(string role) => Ordered.Contains(role, StringComparer.Ordinal);

    /// <summary>The role and every role above it.</summary>
    public static string[] AtLeast(string role) => [.. Ordered.Skip(Ordered.ToList().IndexOf(role))];
}
