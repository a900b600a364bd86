using System.Text.Json.Nodes;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Engine.Tests.Definitions;

public sealed class RunbookSchemaTests
{
    private static readonly JsonNode Schema = JsonNode.Parse(RunbookSchema.Json)!;

    [Fact]
    public void Json_IsShippedAsResourceAndFile()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema["$schema"]!.GetValue<string>());
        var file = Path.Combine(AppContext.BaseDirectory, "runbook.schema.json");
        Assert.True(JsonNode.DeepEquals(Schema, JsonNode.Parse(File.ReadAllText(file))));
    }

    [Theory]
    [InlineData(typeof(RunbookDefinition), "")]
    [InlineData(typeof(ActivityDefinition), "/$defs/activity")]
    [InlineData(typeof(RunbookParameter), "/$defs/parameter")]
    [InlineData(typeof(ConnectionDefinition), "/$defs/connection")]
    [InlineData(typeof(RetrySettings), "/$defs/activity/properties/retry")]
    public void Json_DescribesEveryPropertyOfTheFormat(Type type, string pointer)
    {
        var node = Schema;
        foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node![part]!;
        }

        var properties = node!["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
        var expected = type.GetProperties().Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]).ToHashSet();

        Assert.Equal(expected.Order(), properties.Order());
    }
}
