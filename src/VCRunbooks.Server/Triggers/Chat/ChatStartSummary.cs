using System.Text.Json.Nodes;

namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>An acknowledged chat start as <c>GET /api/triggers/starts</c> lists it (the response URL, a credential of sorts, is left out).</summary>
internal sealed record ChatStartSummary(
    string Id, string Alias, string Runbook, JsonNode? Inputs, string Workspace, string User, string? Channel, string Status, string? RunId, string? Reason,
    int Attempts, DateTimeOffset ReceivedAt, DateTimeOffset UpdatedAt)
{
    public static ChatStartSummary Of(ChatStartRequest r) => new(
        r.Id, r.TriggerId, r.Runbook, JsonNode.Parse(r.Inputs), r.Workspace, r.UserName, r.Channel, r.Status, r.RunId, r.Reason, r.Attempts,
        DateTimeOffset.FromUnixTimeMilliseconds(r.CreatedAtMs), DateTimeOffset.FromUnixTimeMilliseconds(r.UpdatedAtMs));
}
