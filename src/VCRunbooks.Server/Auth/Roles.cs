namespace VCRunbooks.Server.Auth;

/// <summary>The four roles, each including the rights of those before it: viewer &lt; operator &lt; author &lt; admin.</summary>
public static class Roles
{
    public const string Viewer = "viewer";
    public const string Operator = "operator";
    public const string Author = "author";
    public const string Admin = "admin";

    public static IReadOnlyList<string> Ordered { get; } = [Viewer, Operator, Author, Admin];

    public static bool IsKnown(string role) => Ordered.Contains(role, StringComparer.Ordinal);

    /// <summary>The role and every role above it.</summary>
    public static string[] AtLeast(string role) => [.. Ordered.Skip(Ordered.ToList().IndexOf(role))];
}
