namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>The sender of a webhook: decides how its requests are authenticated and where its delivery id is.</summary>
internal enum WebhookSource
{
    GitHub,
    Jira,
    PagerDuty,
    ServiceNow,
    Alertmanager,

    /// <summary>A sender following the Standard Webhooks specification (webhook-id, webhook-timestamp, webhook-signature).</summary>
    Standard,
}
