namespace VCRunbooks.Server.Auth;

/// <summary>The caller: the name their key or token carries and their highest role.</summary>
internal sealed record MeResponse(string Name, string Role);
