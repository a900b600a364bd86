namespace VCRunbooks.Server.Targets;

/// <summary>A target as the API shows it: settings and secret names, never secret values.</summary>
internal sealed record TargetResponse(
    string Name,
    string Address,
    string Scheme,
    int ApiPort,
    int ManagementPort,
    string? HostHeader,
    string SsoUser,
    string? SsoPasswordSecret,
    string? RootPasswordSecret,
    string? Thumbprint,
    IReadOnlyList<string> Tags,
    Uri ApiBaseAddress,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    internal static TargetResponse Of(Target t) => new(
        t.Name, t.Address, t.Scheme, t.ApiPort, t.ManagementPort, t.HostHeader, t.SsoUser, t.SsoPasswordSecret,
        t.RootPasswordSecret, t.Thumbprint, t.Tags, t.ApiBaseAddress, t.CreatedAt, t.UpdatedAt);
}
