using System.Text.Json.Nodes;

namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>
/// A chat command: format strings in the manner of StackStorm's aliases (<c>patch {target} [backup {backupLocation}]</c>,
/// <c>{name=default}</c>), tried in order, plus <c>key=value</c> extras; each names a runbook and its inputs.
/// </summary>
internal sealed record ChatAlias : ITriggerDefinition
{
    public string Id { get; init; } = string.Empty;

    public TriggerKind Kind => TriggerKind.Alias;

    public string? Description { get; init; }

    public bool Enabled { get; init; } = true;

    public string Runbook { get; init; } = string.Empty;

    public IReadOnlyList<string> Formats { get; init; } = [];

    /// <summary>Inputs every run of the alias gets, under what the command gives.</summary>
    public JsonObject Inputs { get; init; } = [];

    /// <summary>Whether <c>key=value</c> extras after the format become inputs too.</summary>
    public bool AllowExtras { get; init; } = true;
}
