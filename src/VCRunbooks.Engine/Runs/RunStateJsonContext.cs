using System.Text.Json;
using System.Text.Json.Serialization;

namespace VCRunbooks.Engine.Runs;

/// <summary>Source-generated (de)serialisation of run state, written with every commit: the same JSON as <see cref="RunStateJson.Options"/> without reflection.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RunState))]
internal sealed partial class RunStateJsonContext : JsonSerializerContext;
