using System.Text.Json.Nodes;

namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>A webhook from a ticket or alert tool mapped to runs of one runbook.</summary>
internal sealed record WebhookTrigger : ITriggerDefinition
{
    public string Id { get; init; } = string.Empty;

    public TriggerKind Kind => TriggerKind.Webhook;

    public string? Description { get; init; }

    public bool Enabled { get; init; } = true;

    public WebhookSource Source { get; init; }

    /// <summary>The URL is <c>/hooks/{endpoint}</c>; triggers sharing an endpoint share its source and auth. Defaults to the id.</summary>
    public string? Endpoint { get; init; }

    public WebhookAuth Auth { get; init; } = new();

    public string Runbook { get; init; } = string.Empty;

    public MatchRules Match { get; init; } = new();

    /// <summary>A path to an array: one run per item (Alertmanager's <c>$.alerts</c>); paths then start at the item.</summary>
    public string? Batch { get; init; }

    /// <summary>Runbook inputs: a string starting with <c>$</c> is a path, one holding <c>{{ path }}</c> a template, anything else a literal.</summary>
    public JsonObject Inputs { get; init; } = [];

    /// <summary>A template for the run's idempotency key; defaults to the delivery id (and the item's index in a batch).</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Where the run's questions and outcome are written back to, when they are.</summary>
    public WriteBackTarget? WriteBack { get; init; }

    public string EndpointName => Endpoint ?? Id;
}
