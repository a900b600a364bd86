using System.Text.Json.Nodes;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Runs;

/// <summary>Open questions come from an indexed query of the waits on them, so no number of suspended runs hides one.</summary>
public sealed class QuestionListScenarios : ScenarioBase
{
    protected override Task<EngineStorage> CreateStorageAsync() => Task.FromResult(EngineStorage.Sqlite());

    private async Task PublishAsync()
    {
        await Host.PublishAsync(Def.New("sleep").Act("nap", "Delay", new { Duration = "01:00:00" }).Chain("start", "nap").Build());
        await Host.PublishAsync(Def.New("ask").Input("target", "string", "vcsa-01")
            .Act("ask", "Ask", new { Question = Def.Expr("\"Patch \" + Inputs.target + \"?\""), AllowedAnswers = new[] { "yes", "no" }, Timeout = "02:00:00" })
            .Chain("start", "ask").Build());
    }

    [Fact]
    public async Task ListQuestions_OneQuestionAmongFiveThousandSuspendedRuns_IsListed()
    {
        await PublishAsync();
        for (var i = 0; i < 5_000; i++)
        {
            await Engine.StartRunAsync("sleep");
        }

        var asking = await Engine.StartRunAsync("ask", new JsonObject { ["target"] = "vcsa-07" });
        await Host.IdleAsync();

        var open = Assert.Single(await Engine.ListQuestionsAsync(new QuestionQuery()));
        Assert.Equal((asking.Id, "ask", "vcsa-07", "Patch vcsa-07?"), (open.RunId, open.DefinitionId, open.Target, open.Text));
        Assert.Equal(Host.Time.GetUtcNow().AddHours(2), open.TimesOutAt);
        Assert.Equal(2, (await Engine.ListRunsAsync(new RunQuery { Status = VCRunbooks.Engine.Runs.RunStatus.Suspended, Skip = 4_999, Take = 1000 })).Count);
    }

    [Fact]
    public async Task ListQuestions_RunWithAnEarlierTimerBesideTheQuestion_GivesTheQuestionsOwnTimeout()
    {
        await Host.PublishAsync(Def.New("ask-and-wait")
            .Act("fork", "Fork").Act("nap", "Delay", new { Duration = "00:10:00" })
            .Act("ask", "Ask", new { Question = "Proceed?", AllowedAnswers = new[] { "yes", "no" }, Timeout = "04:00:00" })
            .Act("plain", "Ask", new { Question = "Anything else?", AllowedAnswers = new[] { "no" } })
            .Chain("start", "fork").Link("fork", "nap").Link("fork", "ask").Chain("nap", "plain").Build());
        var asked = Host.Time.GetUtcNow();
        var run = await Engine.StartRunAsync("ask-and-wait");
        await Host.IdleAsync();

        var open = Assert.Single(await Engine.ListQuestionsAsync(run.Id));
        Assert.Equal(asked.AddHours(4), open.TimesOutAt);

        await Host.AdvanceAsync(TimeSpan.FromMinutes(10));
        var both = await Engine.ListQuestionsAsync(run.Id);
        Assert.Equal(asked.AddHours(4), both.Single(q => q.Text == "Proceed?").TimesOutAt);
        Assert.Null(both.Single(q => q.Text == "Anything else?").TimesOutAt);
    }

    [Fact]
    public async Task ListQuestions_ByRunbookTargetAndPage_FiltersAndPagesOldestFirst()
    {
        await PublishAsync();
        var runs = new List<string>();
        foreach (var target in new[] { "vcsa-01", "vcsa-02", "vcsa-01", "vcsa-03", "vcsa-01" })
        {
            runs.Add((await Engine.StartRunAsync("ask", new JsonObject { ["target"] = target })).Id);
            await Host.IdleAsync();
            Host.Time.Advance(TimeSpan.FromSeconds(1));
        }

        var first = await Engine.ListQuestionsAsync(new QuestionQuery { Target = "vcsa-01", Take = 2 });
        var second = await Engine.ListQuestionsAsync(new QuestionQuery { Target = "vcsa-01", Skip = 2, Take = 2 });

        Assert.Equal([runs[0], runs[2]], first.Select(q => q.RunId));
        Assert.Equal([runs[4]], second.Select(q => q.RunId));
        Assert.Empty(await Engine.ListQuestionsAsync(new QuestionQuery { DefinitionId = "sleep" }));
        Assert.Equal(5, (await Engine.ListQuestionsAsync(new QuestionQuery { DefinitionId = "ask" })).Count);
        Assert.Equal([runs[1]], (await Engine.ListRunsAsync(new RunQuery { Target = "vcsa-02" })).Select(r => r.Id));
    }
}
