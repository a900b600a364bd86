using System.Text.Json.Nodes;
using VCRunbooks.Engine;

namespace VCRunbooks.Server.Questions;

/// <summary>An open question a run waits on; Details carries its text and allowed answers.</summary>
internal sealed record QuestionResponse(string Id, string RunId, string Runbook, JsonObject? Details, DateTimeOffset? DueAt)
{
    /// <summary>The run's target, when it has one.</summary>
    public string? Target { get; init; }

    public DateTimeOffset AskedAt { get; init; }

    internal static QuestionResponse Of(OpenQuestion q) => new(
        q.QuestionId,
        q.RunId,
        q.DefinitionId ?? string.Empty,
        new JsonObject
        {
            ["activityId"] = q.ActivityId,
            ["text"] = q.Text,
            ["allowedAnswers"] = new JsonArray(q.AllowedAnswers.Select(a => (JsonNode?)a).ToArray()),
            ["defaultAnswer"] = q.DefaultAnswer,
        },
        q.TimesOutAt)
    {
        Target = q.Target,
        AskedAt = q.AskedAt,
    };
}
