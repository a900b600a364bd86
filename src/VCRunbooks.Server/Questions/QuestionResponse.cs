using System.Text.Json.Nodes;

namespace VCRunbooks.Server.Questions;

/// <summary>An open question a run waits on; Details carries its text and allowed answers.</summary>
public sealed record QuestionResponse(string Id, string RunId, string Runbook, JsonObject? Details, DateTimeOffset? DueAt);
