using System.Text.Json;
using VCRunbooks.Contracts.Runs;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine;

/// <summary>One outbox event: Type is the Contracts record name (RunStarted, QuestionRaised...), Payload its JSON.</summary>
public sealed record OutboxMessage(long Id, string RunId, string Type, string Payload, DateTimeOffset CreatedAt)
{
    private static readonly Dictionary<string, Type> Types = typeof(RunStarted).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(RunStarted).Namespace)
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>The payload as its Contracts record.</summary>
    public object ToMessage() =>
        Types.TryGetValue(Type, out var type)
            ? JsonSerializer.Deserialize(Payload, RunEventJson.Default.GetTypeInfo(type)!)!
            : throw new InvalidOperationException($"Unknown outbox message type '{Type}'.");
}
