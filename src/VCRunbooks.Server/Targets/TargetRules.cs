using System.Text.RegularExpressions;

namespace VCRunbooks.Server.Targets;

/// <summary>What makes a target or secret name and a target's settings valid.</summary>
internal static partial class TargetRules
{
    public const int MaxNameLength = 100;

    /// <summary>Lower-case letters, digits, dot, dash and underscore: safe in URLs, file names and logs.</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,99}$")]
    public static partial Regex Name();

    [GeneratedRegex("^[0-9A-Fa-f]{64}$")]
    private static partial Regex Sha256Hex();

    public const string NameRule = "must be 1-100 characters: lower-case letters, digits, '.', '-' or '_', starting with a letter or digit";

    public static Dictionary<string, string[]> Validate(string name, TargetRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Name().IsMatch(name))
        {
            errors["name"] = [$"'{name}' {NameRule}."];
        }
        if (string.IsNullOrWhiteSpace(request.Address))
        {
            errors["address"] = ["address is required (host name or IP address of the vCenter)."];
        }
        else if (Uri.CheckHostName(request.Address) == UriHostNameType.Unknown)
        {
            errors["address"] = [$"'{request.Address}' is not a host name or IP address."];
        }
        if (request.Scheme is not (null or "https" or "http"))
        {
            errors["scheme"] = ["scheme must be 'https' or 'http'."];
        }
        if (request.ApiPort is < 1 or > 65535)
        {
            errors["apiPort"] = ["apiPort must be between 1 and 65535."];
        }
        if (request.ManagementPort is < 1 or > 65535)
        {
            errors["managementPort"] = ["managementPort must be between 1 and 65535."];
        }
        if (request.Thumbprint is not null && !Sha256Hex().IsMatch(request.Thumbprint.Replace(":", "", StringComparison.Ordinal)))
        {
            errors["thumbprint"] = ["thumbprint must be a SHA-256 certificate hash: 64 hex digits, colons allowed."];
        }
        if (request.HostHeader is { } host && !IsHostHeader(host))
        {
            errors["hostHeader"] = ["hostHeader must be a host name or IP address, with an optional :port (at most 253 characters), or left out."];
        }
        if (request.SsoUser is { } user && (user.Length is < 1 or > 256 || user.Any(char.IsControl)))
        {
            errors["ssoUser"] = ["ssoUser must be 1-256 characters without control characters (for example administrator@vsphere.local), or left out."];
        }
        if (request.Tags?.FirstOrDefault(t => TagError(t) is not null) is { } badTag)
        {
            errors["tags"] = [$"tag '{badTag}' {TagError(badTag)}."];
        }
        return errors;
    }

    /// <summary>Why a tag (in a target or a query) is not valid, or null.</summary>
    public static string? TagError(string? tag) =>
        string.IsNullOrWhiteSpace(tag) || tag.Length > 64 || tag.Any(char.IsControl) ? "must be 1-64 characters without control characters" : null;

    /// <summary>A host, optionally with a port, and nothing else (no path, user or scheme).</summary>
    private static bool IsHostHeader(string host) =>
        host.Length is >= 1 and <= 259 && !host.Any(c => char.IsControl(c) || c is '/' or '@' or '?' or '#' or ' ')
        && Uri.TryCreate("http://" + host, UriKind.Absolute, out var uri) && uri.Host.Length is >= 1 and <= 253;
}
