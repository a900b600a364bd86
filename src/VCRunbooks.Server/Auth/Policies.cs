namespace VCRunbooks.Server.Auth;

/// <summary>Authorization policy names, one per minimum role; endpoints name the least role they need.</summary>
public static class Policies
{
    public const string Viewer = "AtLeastViewer";
    public const string Operator = "AtLeastOperator";
    public const string Author = "AtLeastAuthor";
    public const string Admin = "AtLeastAdmin";

    internal static void Add(Microsoft.AspNetCore.Authorization.AuthorizationBuilder builder)
    {
        builder.AddPolicy(Viewer, p => p.RequireAuthenticatedUser().RequireRole(Roles.AtLeast(Roles.Viewer)));
        builder.AddPolicy(Operator, p => p.RequireAuthenticatedUser().RequireRole(Roles.AtLeast(Roles.Operator)));
        builder.AddPolicy(Author, p => p.RequireAuthenticatedUser().RequireRole(Roles.AtLeast(Roles.Author)));
        builder.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.AtLeast(Roles.Admin)));
    }
}
