using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>Reads a trigger file: its kind first, then the fields of that kind, strictly (an unknown field is an error).</summary>
internal static class TriggerJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>The definition, or the errors naming each field that is wrong.</summary>
    public static (ITriggerDefinition? Definition, IReadOnlyList<TriggerError> Errors) Parse(string json)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                ?? throw new JsonException("a trigger file holds one JSON object");
        }
        catch (JsonException ex)
        {
            var (path, reason) = JsonErrorText.Describe(ex);
            return (null, [new TriggerError(path, reason)]);
        }
        return Parse(root);
    }

    public static (ITriggerDefinition? Definition, IReadOnlyList<TriggerError> Errors) Parse(JsonObject root)
    {
        var kinds = string.Join(", ", Enum.GetNames<TriggerKind>().Select(JsonNamingPolicy.CamelCase.ConvertName));
        if (root["kind"] is not JsonValue kindValue || !kindValue.TryGetValue<string>(out var kindText)
            || !Enum.TryParse<TriggerKind>(kindText, ignoreCase: true, out var kind) || !kindText.All(char.IsAsciiLetter))
        {
            return (null, [new TriggerError("$.kind", $"must be one of {kinds}")]);
        }
        var type = kind switch
        {
            TriggerKind.Webhook => typeof(WebhookTrigger),
            TriggerKind.Alias => typeof(ChatAlias),
            TriggerKind.Chat => typeof(ChatWorkspace),
            TriggerKind.Schedule => typeof(ScheduleTrigger),
            _ => typeof(CalendarTrigger),
        };
        var body = (JsonObject)root.DeepClone();
        body.Remove("kind");
        ITriggerDefinition definition;
        try
        {
            definition = (ITriggerDefinition)(body.Deserialize(type, Options) ?? throw new JsonException("the file is empty"));
        }
        catch (JsonException ex)
        {
            var (path, reason) = JsonErrorText.Describe(ex);
            return (null, [new TriggerError(path, reason)]);
        }
        var errors = TriggerRules.Check(definition);
        return errors.Count > 0 ? (null, errors) : (definition, errors);
    }

    /// <summary>The definition as its file holds it: kind first, indented for review in git.</summary>
    public static string Serialize(ITriggerDefinition definition)
    {
        var body = JsonSerializer.SerializeToNode(definition, definition.GetType(), Options)!.AsObject();
        var file = new JsonObject { ["id"] = definition.Id, ["kind"] = JsonNamingPolicy.CamelCase.ConvertName(definition.Kind.ToString()) };
        foreach (var (name, value) in body.ToList())
        {
            if (name is not ("id" or "kind"))
            {
                body.Remove(name);
                file[name] = value;
            }
        }
        return file.ToJsonString(Options);
    }
}
