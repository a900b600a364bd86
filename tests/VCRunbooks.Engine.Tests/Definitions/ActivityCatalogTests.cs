using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Definitions;

public sealed class ActivityCatalogTests
{
    private static IActivityCatalog Catalog()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new Probe());
        services.AddRunbookEngine().AddActivitiesFrom(typeof(ActivityCatalogTests).Assembly);
        return services.BuildServiceProvider().GetRequiredService<IActivityCatalog>();
    }

    [Fact]
    public void All_ListsEveryBuiltInAndRegisteredActivity()
    {
        var types = Catalog().All.Select(d => d.Type).ToHashSet();

        Assert.Superset(
            new HashSet<string> { "Start", "End", "If", "Switch", "Fork", "Join", "ForEach", "Delay", "SetVariable", "WaitForEvent", "Ask", "Log", "Fail", "RunRunbook", "RecordStep", "Flaky" },
            types);
    }

    [Fact]
    public void Find_Ask_DescribesTypedInputsOutputsAndOutcomes()
    {
        var ask = Catalog().Find("Ask")!;

        Assert.Equal("Human", ask.Category);
        Assert.False(string.IsNullOrWhiteSpace(ask.Description));
        Assert.True(ask.Traits.HasFlag(ActivityTraits.Suspends));
        var question = ask.Inputs.Single(i => i.Name == "Question");
        Assert.Equal(("string", true), (question.Type, question.Required));
        Assert.Equal("string[]", ask.Inputs.Single(i => i.Name == "AllowedAnswers").Type);
        Assert.Equal("timespan", ask.Inputs.Single(i => i.Name == "Timeout").Type);
        Assert.Contains(ask.Outputs, o => o.Name == "TimedOut" && o.Type == "bool");
        Assert.Equal(["Answered"], ask.Outcomes);
        Assert.Equal("AllowedAnswers", ask.DynamicOutcomesInput);
    }

    [Fact]
    public void Find_Log_ExposesTheDefaultOfAnInput()
    {
        var level = Catalog().Find("Log")!.Inputs.Single(i => i.Name == "Level");

        Assert.Equal("Information", level.Default!.GetValue<string>());
    }

    [Fact]
    public void AddActivity_TypeWithoutMetadata_IsRejected()
    {
        var builder = new ServiceCollection().AddRunbookEngine();

        var ex = Assert.Throws<ArgumentException>(() => builder.AddActivity<Undescribed>());

        Assert.Contains("[Activity(category, description)]", ex.Message, StringComparison.Ordinal);
    }

    private sealed class Undescribed : Activity
    {
        public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done);
    }
}
