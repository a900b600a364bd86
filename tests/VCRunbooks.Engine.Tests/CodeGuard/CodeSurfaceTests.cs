using VCRunbooks.Engine.CodeGuard;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.CodeGuard;

/// <summary>
/// The expression surface the designer's completions come from: what it offers is what the guard accepts, and what
/// the guard refuses is never offered.
/// </summary>
public sealed class CodeSurfaceTests
{
    private static CodeSurfaceType Type(string name) => Assert.Single(CodeSurface.Expressions.Types, t => t.Name == name);

    [Fact]
    public void Expressions_ListTheEverydayHelpers_WithSignatures()
    {
        var round = Assert.Single(Type("Math").Static, m => m.Name == "Round");
        Assert.Equal("method", round.Kind);
        Assert.True(round.Overloads > 1);
        Assert.StartsWith("Round(double", round.Signature, StringComparison.Ordinal);

        Assert.Contains(Type("TimeSpan").Static, m => m.Name == "FromMinutes");
        Assert.Contains(Type("TimeSpan").Instance, m => m is { Name: "TotalMinutes", Kind: "property" });
        var text = Type("String");
        Assert.Equal("string", text.Keyword);
        Assert.Contains(text.Instance, m => m.Name == "ToUpperInvariant");
        Assert.Contains(text.Static, m => m.Name == "IsNullOrEmpty");
        Assert.Contains(Type("StringComparison").Static, m => m is { Name: "OrdinalIgnoreCase", Kind: "value" });
        Assert.Contains(Type("Enumerable").Static, m => m is { Name: "Select", Extension: true });
        Assert.Contains(Type("JsonNode").Instance, m => m.Name == "GetValue");
        Assert.Equal("TimeSpan", CodeSurface.Expressions.ValueTypes["timespan"]);
        Assert.Equal("string[]", CodeSurface.Expressions.ValueTypes["string[]"]);
    }

    [Fact]
    public void Expressions_OfferNoneOfTheMembersTheGuardRefuses()
    {
        Assert.DoesNotContain(Type("DateTime").Static, m => m.Name is "Now" or "UtcNow" or "Today");
        Assert.DoesNotContain(Type("DateTimeOffset").Static, m => m.Name is "Now" or "UtcNow");
        Assert.DoesNotContain(Type("Guid").Static, m => m.Name is "NewGuid" or "CreateVersion7");
        Assert.DoesNotContain(Type("String").Static, m => m.Name is "Intern" or "IsInterned");
        Assert.DoesNotContain(Type("String").Instance, m => m.Name == "GetType");
        Assert.DoesNotContain(CodeSurface.Expressions.Types, t => t.FullName is "System.Environment" or "System.IO.File" or "System.Type" or "System.Random");
    }

    [Fact]
    public void Expressions_EveryTypeAndStaticValueOffered_PassesTheGuard()
    {
        // One Log per type that has a static property, field or enum value: its first one, read in an expression.
        var offered = CodeSurface.Expressions.Types
            .Select(t => (Type: t, Member: t.Static.FirstOrDefault(m => m.Kind is "property" or "field" or "value")))
            .Where(x => x.Member is not null)
            .ToList();
        Assert.True(offered.Count > 20, $"only {offered.Count} types with a static value");
        var def = Def.New("surface");
        var ids = new List<string> { "start" };
        for (var i = 0; i < offered.Count; i++)
        {
            def.Act($"t{i}", "Log", new Dictionary<string, object> { ["Message"] = Def.Expr($"$\"{{({offered[i].Type.FullName}.{offered[i].Member!.Name})}}\"") });
            ids.Add($"t{i}");
        }

        var errors = TestValidator.Instance.Validate(def.Chain([.. ids]).Build());

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Reason}"));
    }
}
