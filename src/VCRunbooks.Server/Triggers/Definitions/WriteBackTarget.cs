namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>The ticket or incident a run started by a webhook reports to: a Jira comment, a ServiceNow work note, a PagerDuty note.</summary>
internal sealed record WriteBackTarget
{
    public WriteBackSystem System { get; init; }

    /// <summary>A path or template giving the ticket: the Jira issue key, the ServiceNow sys_id, the PagerDuty incident id.</summary>
    public string Ticket { get; init; } = string.Empty;

    /// <summary>ServiceNow: the table (incident, change_request). Defaults to incident.</summary>
    public string? Table { get; init; }

    /// <summary>The base URL of the system's API (Jira site, ServiceNow instance, PagerDuty API).</summary>
    public string BaseUrl { get; init; } = string.Empty;

    /// <summary>The secret holding the credential: a bearer token or API token (Jira, ServiceNow, PagerDuty <c>Token token=</c>).</summary>
    public string Credential { get; init; } = string.Empty;

    /// <summary>Basic authentication user, when the credential is a password or API token used with it.</summary>
    public string? User { get; init; }

    /// <summary>PagerDuty: the From header (an email of a PagerDuty user) notes are written as.</summary>
    public string? From { get; init; }
}
