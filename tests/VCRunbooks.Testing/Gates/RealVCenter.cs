using VCRunbooks.VCenter.Client.Connection;

namespace VCRunbooks.Testing.Gates;

/// <summary>The real vCenter named by environment variables, if any.</summary>
public static class RealVCenter
{
    public const string HostVariable = "VCRUNBOOKS_VCENTER_HOST";
    public const string UserVariable = "VCRUNBOOKS_VCENTER_USER";
    public const string PasswordVariable = "VCRUNBOOKS_VCENTER_PASSWORD";
    public const string ThumbprintVariable = "VCRUNBOOKS_VCENTER_THUMBPRINT";
    public const string InsecureVariable = "VCRUNBOOKS_VCENTER_INSECURE";

    /// <summary>Why the real-vCenter scenarios cannot run, or null when they can.</summary>
    public static string? MissingReason
    {
        get
        {
            var missing = new[] { HostVariable, UserVariable, PasswordVariable }.Where(v => string.IsNullOrEmpty(Environment.GetEnvironmentVariable(v))).ToList();
            return missing.Count == 0 ? null : $"No real vCenter configured: set {string.Join(", ", missing)} (and {ThumbprintVariable} or {InsecureVariable}=true) to run this scenario.";
        }
    }

    public static VCenterTarget Target() => new()
    {
        Host = Environment.GetEnvironmentVariable(HostVariable)!,
        CertificateThumbprint = Environment.GetEnvironmentVariable(ThumbprintVariable) is { Length: > 0 } thumbprint ? thumbprint : null,
        Insecure = string.Equals(Environment.GetEnvironmentVariable(InsecureVariable), "true", StringComparison.OrdinalIgnoreCase),
    };

    public static VCenterCredentials Credentials() =>
        VCenterCredentials.Sso(Environment.GetEnvironmentVariable(UserVariable)!, Environment.GetEnvironmentVariable(PasswordVariable)!);
}
