namespace VCRunbooks.Server.Secrets;

/// <summary>What the API tells about a secret: everything but its value.</summary>
internal sealed record SecretResponse(string Name, string? Description, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    internal static SecretResponse Of(Secret s) => new(s.Name, s.Description, s.CreatedAt, s.UpdatedAt);
}
