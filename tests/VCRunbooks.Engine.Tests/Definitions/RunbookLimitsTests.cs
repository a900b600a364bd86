using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Definitions;

/// <summary>The documented limits, refused by name before any costly check; and graph checks that do not recurse.</summary>
public sealed class RunbookLimitsTests
{
    private static RunbookValidator Validator => TestValidator.Instance;

    private static Def Chain(int count)
    {
        var def = Def.New("chain");
        var ids = new List<string> { "start" };
        for (var i = 0; i < count; i++)
        {
            def.Act($"a{i}", "Log", new { Message = "x" });
            ids.Add($"a{i}");
        }

        return def.Chain([.. ids]);
    }

    [Fact]
    public void Validate_HundredThousandActivityChain_IsRefusedNamingTheLimit()
    {
        var error = Assert.Single(Validator.Validate(Chain(100_000).Build()));

        Assert.Equal("$.activities", error.Path);
        Assert.Equal("a runbook has at most 2000 activities; this one has 100001", error.Reason);
    }

    [Fact]
    public void Validate_MoreExpressionsThanTheLimit_IsRefusedBeforeCompiling()
    {
        var def = Def.New("many");
        for (var i = 0; i < 1_001; i++)
        {
            def.Act($"a{i}", "Log", new { Message = Def.Expr("\"x\""), Level = Def.Expr("\"Information\"") });
        }

        var error = Assert.Single(Validator.Validate(def.Build()));

        Assert.Equal("a runbook has at most 2000 C# expressions; this one has 2002", error.Reason);
    }

    [Fact]
    public void Validate_ChainAtTheActivityLimit_IsValid() =>
        Assert.Empty(Validator.Validate(Chain(RunbookLimits.MaxActivities - 1).Build()));

    [Fact]
    public void BusyCycles_HundredThousandDeepChainWithACycleAtTheEnd_FindsItWithoutRecursing()
    {
        const int count = 100_000;
        var definition = Chain(count).Link($"a{count - 1}", $"a{count - 2}").Build();
        var descriptors = definition.Activities.ToDictionary(a => a.Id, a => TestValidator.Catalog.Find(a.Type)!);
        var outgoing = definition.Connections.Select((c, i) => (c, i)).GroupBy(x => (x.c.From, x.c.Outcome))
            .ToDictionary(g => g.Key, g => g.Select(x => (x.i, x.c.To)).ToList());
        var errors = new List<ValidationError>();

        GraphChecks.BusyCycles(definition, descriptors, outgoing, errors);

        var error = Assert.Single(errors);
        Assert.Equal($"$.connections[{count - 1}]", error.Path);
        Assert.Contains($"cycle through a{count - 2}, a{count - 1} has no suspension point", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(5_000)]
    public void Validate_IdLongerThanTheRule_NamesTheRule(int length)
    {
        var definition = Def.New("x").Build() with { Id = new string('a', length) };

        var error = Assert.Single(Validator.Validate(definition));

        Assert.Equal("$.id", error.Path);
        Assert.Equal($"the id must be {RunbookLimits.IdRule}", error.Reason);
    }

    [Theory]
    [InlineData("../etc/passwd")]
    [InlineData("a b")]
    [InlineData("-leading")]
    [InlineData("nul\0")]
    public void Validate_IdOutsideTheRule_IsRefused(string id) =>
        Assert.Contains(Validator.Validate(Def.New("x").Build() with { Id = id }), e => e.Path == "$.id");
}
