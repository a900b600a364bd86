namespace VCRunbooks.Server.Auth;

/// <summary>Authorization policy names, one per minimum role; endpoints name the least role they need.</summary>
public static class Policies
{
    /// <summary>Any role: reading runbooks, runs, journals, live streams, questions, targets and triggers.</summary>
    public const string Viewer = "AtLeastViewer";
    /// <summary>Operator or above: starting, cancelling, retrying and moving runs, answering questions, raising events.</summary>
    public const string Operator = "AtLeastOperator";
    /// <summary>Author or above: editing and publishing runbooks, git sync and drafts.</summary>
    public const string Author = "AtLeastAuthor";
    /// <summary>Admin only: writing targets, secrets and triggers.</summary>
    public const string Admin = "AtLeastAdmin";

    internal static void Add(Microsoft.AspNetCore.Authorization.AuthorizationBuilder builder)
    {
        builder.AddPolicy(Viewer, p => p.RequireAuthenticatedUser().RequireRole(Roles.AtLeast(Roles.Viewer)));
        builder.AddPolicy(Operator, p => p.RequireAuthenticatedUser().RequireRole(Roles.AtLeast(Roles.Operator)));
        builder.AddPolicy(Author, p => p.RequireAuthenticatedUser().RequireRole(Roles.AtLeast(Roles.Author)));
        builder.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.AtLeast(Roles.Admin)));
    }
}
