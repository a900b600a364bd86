namespace VCRunbooks.VCenter.Client.Transport;

/// <summary>The credential one attempt was sent with, so a 401 renews only a session that is still current.</summary>
internal sealed record AuthStamp(string HeaderName, string HeaderValue, bool Renewable);
