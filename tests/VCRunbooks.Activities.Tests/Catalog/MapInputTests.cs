using VCRunbooks.Engine;
using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Activities.Tests.Catalog;

/// <summary>
/// Inputs that are key=value lists (StageAndInstall's UserData, AnswerQuestion's Rules) are typed as the map value type:
/// the catalog says "map", a definition gives a JSON object or (as runbooks did before) "key=value" strings, an
/// expression may give either a map or a string[] of entries, and a malformed entry is refused at validation naming it.
/// </summary>
public sealed class MapInputTests
{
    [Theory]
    [InlineData("StageAndInstall", "UserData")]
    [InlineData("AnswerQuestion", "Rules")]
    public void Catalog_KeyValueInput_IsAMap(string activity, string input)
    {
        var descriptor = CatalogEngine.Catalog.All.Single(d => d.Type == activity).Inputs.Single(i => i.Name == input);

        Assert.Equal("map", descriptor.Type);
    }

    [Theory]
    [InlineData("""{ "certificate": "YES", "upgrade.source.sso.admin": "NO" }""", null)]
    [InlineData("""["certificate=YES", " upgrade.source.sso.admin = NO "]""", null)]
    [InlineData("""{ "expr": "new[] { \"certificate=YES\" }" }""", null)]
    [InlineData("""{ "expr": "KeyValueMap.Parse(new[] { \"a=\" + RunId })" }""", null)]
    [InlineData("""["certificate=YES", "no equals sign"]""", "item 1 ('no equals sign') is not \"key=value\"")]
    [InlineData("""["a=YES", "a=NO"]""", "item 1: the key 'a' is given twice")]
    [InlineData("""{ "certificate": true }""", "the value of 'certificate' must be a string, not true")]
    [InlineData("\"certificate=YES\"", "expected map (an object of strings, or \"key=value\" strings) but got string")]
    [InlineData("""{ "expr": "42" }""", "CS0029")]
    public void Validate_Rules_TakesAnObjectEntriesOrAnExpressionAndNamesWhatIsWrong(string rules, string? error)
    {
        var errors = CatalogEngine.Validate("AnswerQuestion", $$"""{ "Session": "vc/Sso", "Rules": {{rules}} }""");

        if (error is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            var only = Assert.Single(errors);
            Assert.StartsWith("$.activities[1].inputs.Rules", only.Path, StringComparison.Ordinal);
            Assert.Contains(error, only.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_MapRunbookInput_FlowsIntoAMapActivityInput()
    {
        var json = """
            { "id": "maps", "version": 0, "name": "maps",
              "inputs": [ { "name": "answers", "type": "map", "default": {} }, { "name": "legacy", "type": "string[]", "default": [] } ],
              "activities": [ { "id": "start", "type": "Start" },
                { "id": "a", "type": "AnswerQuestion", "inputs": { "Session": "vc/Sso", "Rules": { "expr": "Inputs.answers" } } },
                { "id": "b", "type": "AnswerQuestion", "inputs": { "Session": "vc/Sso", "Rules": { "expr": "Inputs.legacy" } } } ],
              "connections": [ { "from": "start", "to": "a" }, { "from": "a", "outcome": "Answered", "to": "b" } ] }
            """;

        Assert.Empty(CatalogEngine.Engine.Validate(RunbookJson.Parse(json)));
    }

    [Fact]
    public void Validate_MapDefaultThatIsNotAMap_IsRefusedNamingTheInput()
    {
        var json = """
            { "id": "maps", "version": 0, "name": "maps",
              "inputs": [ { "name": "answers", "type": "map", "default": ["no key"] } ],
              "activities": [ { "id": "start", "type": "Start" } ] }
            """;

        var errors = CatalogEngine.Engine.Validate(RunbookJson.Parse(json));

        var only = Assert.Single(errors);
        Assert.StartsWith("$.inputs[0]", only.Path, StringComparison.Ordinal);
        Assert.Contains("item 0 ('no key') is not \"key=value\"", only.Reason, StringComparison.Ordinal);
    }
}
