namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>How a webhook proves who sent it; every value names a secret in the secret store, never the secret itself.</summary>
internal sealed record WebhookAuth
{
    /// <summary>HMAC signing secret (GitHub, Jira, PagerDuty, Standard Webhooks, ServiceNow with <see cref="HmacHeader"/>).</summary>
    public string? Secret { get; init; }

    /// <summary>A second signing secret accepted too, while the sender's secret is rotated.</summary>
    public string? PreviousSecret { get; init; }

    /// <summary>A bearer token the sender puts in <c>Authorization: Bearer</c> (ServiceNow, Alertmanager).</summary>
    public string? BearerToken { get; init; }

    /// <summary>The user name of basic authentication (ServiceNow, Alertmanager); the password is <see cref="BasicPassword"/>.</summary>
    public string? BasicUser { get; init; }

    /// <summary>The secret holding the basic authentication password.</summary>
    public string? BasicPassword { get; init; }

    /// <summary>ServiceNow: the header carrying base64 HMAC-SHA256 of the raw body, keyed by <see cref="Secret"/>.</summary>
    public string? HmacHeader { get; init; }

    public IEnumerable<string> SecretNames() =>
        new[] { Secret, PreviousSecret, BearerToken, BasicPassword }.OfType<string>();
}
