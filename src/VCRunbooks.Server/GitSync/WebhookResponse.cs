namespace VCRunbooks.Server.GitSync;

/// <summary>What a webhook did: which provider's signature matched, the outcome, and why when it was ignored.</summary>
internal sealed record WebhookResponse(string Provider, string Outcome, string? Reason);
