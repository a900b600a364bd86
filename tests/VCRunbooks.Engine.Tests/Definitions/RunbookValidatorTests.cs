using System.Text.Json.Nodes;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Definitions;

public sealed class RunbookValidatorTests
{
    private static IReadOnlyList<ValidationError> Validate(Def def) => TestValidator.Instance.Validate(def.Build());

    [Fact]
    public void Validate_ValidLinearRunbook_HasNoErrors()
    {
        var errors = Validate(Def.New("ok").Act("log", "Log", new { Message = "hi" }).Act("end", "End").Chain("start", "log", "end"));

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_UnknownActivityType_ReportsTypePath()
    {
        var errors = Validate(Def.New("x").Act("a", "Teleport").Chain("start", "a"));

        var error = Assert.Single(errors);
        Assert.Equal("$.activities[1].type", error.Path);
        Assert.Contains("unknown activity type 'Teleport'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingRequiredInput_NamesTheInput()
    {
        var errors = Validate(Def.New("x").Act("d", "Delay").Chain("start", "d"));

        var error = Assert.Single(errors);
        Assert.Equal("$.activities[1].inputs", error.Path);
        Assert.Contains("missing required input 'Duration'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WrongLiteralType_ReportsInputPath()
    {
        var errors = Validate(Def.New("x").Act("d", "Delay", new { Duration = 5 }).Chain("start", "d"));

        var error = Assert.Single(errors);
        Assert.Equal("$.activities[1].inputs.Duration", error.Path);
        Assert.Contains("wrong input type", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownInputName_Reports()
    {
        var errors = Validate(Def.New("x").Act("l", "Log", new { Message = "m", Colour = "red" }).Chain("start", "l"));

        Assert.Equal("$.activities[1].inputs.Colour", Assert.Single(errors).Path);
    }

    [Fact]
    public void Validate_ConnectionToMissingActivity_ReportsToPath()
    {
        var errors = Validate(Def.New("x").Link("start", "ghost"));

        var error = Assert.Single(errors);
        Assert.Equal("$.connections[0].to", error.Path);
        Assert.Contains("missing activity 'ghost'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ConnectionFromMissingOutcome_ListsTheRealOutcomes()
    {
        var errors = Validate(Def.New("x").Act("if", "If", new { Condition = true }).Act("l", "Log", new { Message = "m" })
            .Chain("start", "if").Link("if", "l", "True").Link("if", "l", "Maybe"));

        var error = Assert.Single(errors);
        Assert.Equal("$.connections[2].outcome", error.Path);
        Assert.Contains("True, False", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SwitchCaseOutcome_IsAccepted()
    {
        var errors = Validate(Def.New("x").Act("sw", "Switch", new { Value = "b", Cases = new[] { "a", "b" } }).Act("l", "Log", new { Message = "m" })
            .Chain("start", "sw").Link("sw", "l", "b"));

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_UnreachableActivity_Reports()
    {
        var errors = Validate(Def.New("x").Act("island", "Log", new { Message = "alone" }));

        var error = Assert.Single(errors);
        Assert.Equal("$.activities[1]", error.Path);
        Assert.Contains("unreachable", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CycleWithoutSuspension_Reports()
    {
        var errors = Validate(Def.New("x").Act("a", "Log", new { Message = "a" }).Act("b", "Log", new { Message = "b" })
            .Chain("start", "a", "b").Link("b", "a"));

        var error = Assert.Single(errors);
        Assert.Equal("$.connections[1]", error.Path);
        Assert.Contains("no suspension point", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CycleThroughDelay_IsAccepted()
    {
        var errors = Validate(Def.New("x").Act("a", "Log", new { Message = "a" }).Act("wait", "Delay", new { Duration = "00:01:00" })
            .Chain("start", "a", "wait").Link("wait", "a"));

        Assert.Empty(errors);
    }

    [Fact]
    public void Validate_ExpressionCompileError_ReportsLineAndColumn()
    {
        var errors = Validate(Def.New("x").Input("name", "string")
            .Act("l", "Log", new { Message = Def.Expr("\"hello \" +\n  Inputs.nmae") }).Chain("start", "l"));

        var error = Assert.Single(errors);
        Assert.Equal("$.activities[1].inputs.Message", error.Path);
        Assert.Contains("CS1061", error.Reason, StringComparison.Ordinal);
        Assert.Contains("line 2, column 10", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ExpressionOfWrongType_ReportsCompileError()
    {
        var errors = Validate(Def.New("x").Act("if", "If", new { Condition = Def.Expr("\"yes\"") }).Chain("start", "if"));

        var error = Assert.Single(errors);
        Assert.Equal("$.activities[1].inputs.Condition", error.Path);
        Assert.Contains("CS0029", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadParameterNameAndType_Report()
    {
        var errors = Validate(Def.New("x").Input("class", "string").Var("v", "decimal"));

        Assert.Contains(errors, e => e.Path == "$.inputs[0].name");
        Assert.Contains(errors, e => e.Path == "$.variables[0].type" && e.Reason.Contains("unknown type 'decimal'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NoStartActivity_Reports()
    {
        var definition = Def.New("x").Build() with { Activities = [] };

        Assert.Contains(TestValidator.Instance.Validate(definition), e => e.Reason.Contains("exactly one Start", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_UnknownProperty_ReportsItsPath()
    {
        var ex = Assert.Throws<RunbookValidationException>(() => RunbookJson.Parse("""{"id":"x","name":"n","activities":[{"id":"s","type":"Start","colour":1}]}"""));

        Assert.Contains("colour", ex.Errors[0].Path + ex.Errors[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FullFormat_RoundTrips()
    {
        const string json = """
            {
              "id": "patch", "version": 2, "name": "Patch", "description": "d",
              "inputs": [ { "name": "target", "type": "string", "required": true } ],
              "variables": [ { "name": "tries", "type": "int", "default": 0 } ],
              "activities": [
                { "id": "start", "type": "Start", "layout": { "x": 1, "y": 2 } },
                { "id": "log", "type": "Log", "inputs": { "Message": { "expr": "Inputs.target" } }, "join": "all",
                  "retry": { "maxAttempts": 4, "initialDelay": "00:00:02", "backoffMultiplier": 3, "maxDelay": "00:01:00", "jitter": 0.1 },
                  "timeout": "00:05:00", "compensation": "start" }
              ],
              "connections": [ { "from": "start", "outcome": "Done", "to": "log" } ],
              "layout": { "zoom": 1 }
            }
            """;

        var definition = RunbookJson.Parse(json);

        Assert.Equal(JoinMode.All, definition.Activities[1].Join);
        Assert.Equal(4, definition.Activities[1].Retry!.MaxAttempts);
        Assert.Equal(TimeSpan.FromMinutes(5), definition.Activities[1].Timeout);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(RunbookJson.Serialize(definition)), JsonNode.Parse(RunbookJson.Serialize(RunbookJson.Parse(RunbookJson.Serialize(definition))))));
        Assert.Empty(TestValidator.Instance.Validate(definition with { Activities = [definition.Activities[0], definition.Activities[1] with { Compensation = null }] }));
    }
}
