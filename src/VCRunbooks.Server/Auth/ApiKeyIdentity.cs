namespace VCRunbooks.Server.Auth;

/// <summary>Who a valid API key belongs to.</summary>
internal sealed record ApiKeyIdentity(string Name, string Role);
