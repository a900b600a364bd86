using System.Text.Json;
using System.Text.Json.Serialization;
using VCRunbooks.Contracts.Runs;

namespace VCRunbooks.Engine.Runs;

/// <summary>Source-generated serialisation of the run events: they are written for every activity, so reflection-free matters.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RunStarted))]
[JsonSerializable(typeof(ActivityStarted))]
[JsonSerializable(typeof(ActivityCompleted))]
[JsonSerializable(typeof(ActivityFaulted))]
[JsonSerializable(typeof(QuestionRaised))]
[JsonSerializable(typeof(QuestionAnswered))]
[JsonSerializable(typeof(RunSuspended))]
[JsonSerializable(typeof(RunResumed))]
[JsonSerializable(typeof(RunCompleted))]
[JsonSerializable(typeof(RunFaulted))]
[JsonSerializable(typeof(RunCancelled))]
internal sealed partial class RunEventJson : JsonSerializerContext;
