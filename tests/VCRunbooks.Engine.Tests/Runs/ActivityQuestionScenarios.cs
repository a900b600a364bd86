using VCRunbooks.Contracts.Runs;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Runs;

/// <summary>An activity's own question (<c>ActivityContext.Ask</c> / <c>GetAnswer</c>): listed, answered, durable, timed out.</summary>
public abstract class ActivityQuestionScenarios : ScenarioBase
{
    private Task<RunbookDefinition> PublishAsync(object? inputs = null) => Host.PublishAsync(Def.New("restart")
        .Act("confirm", "AskThenAct", inputs, a => a with { Retry = new RetrySettings { MaxAttempts = 2, InitialDelay = TimeSpan.FromMinutes(1), Jitter = 0 } })
        .Act("yes", "RecordStep", new { Label = "restarted" }).Act("no", "RecordStep", new { Label = "left alone" })
        .Chain("start", "confirm").Link("confirm", "yes", "yes").Link("confirm", "no", "no").Build());

    [EngineFact]
    public async Task ActivityAsks_ListedWithItsAnswers_AnsweredAfterARestart_KeepsTheAnswerAcrossARetry()
    {
        await PublishAsync();
        Probe.FailuresLeft["confirm"] = 1;
        var run = await Host.RunAsync("restart");
        var open = Assert.Single(await Engine.ListQuestionsAsync());
        var raised = (await OutboxAsync(run.Id)).OfType<QuestionRaised>().Single();

        await RestartAsync();
        await Engine.AnswerQuestionAsync(open.QuestionId, "YES", "alice");
        await Host.IdleAsync();
        var afterFailure = await Host.GetAsync(run.Id);
        await Host.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(($"{run.Id}:confirm:vpxd", run.Id, "confirm", "Restart vpxd on vc01?", "no", null), (open.QuestionId, open.RunId, open.ActivityId, open.Text, open.DefaultAnswer, open.TimesOutAt));
        Assert.Equal(["yes", "no"], open.AllowedAnswers);
        Assert.Equal((open.QuestionId, "Restart vpxd on vc01?"), (raised.QuestionId, raised.Text));
        Assert.Equal(["yes", "no"], raised.AllowedAnswers);
        Assert.Equal(RunStatus.Suspended, afterFailure.Status);
        Assert.Empty(await Engine.ListQuestionsAsync());
        Assert.Equal(RunStatus.Completed, (await Host.GetAsync(run.Id)).Status);
        // Asked once; the answer (in its allowed spelling) came back after the restart and again on the retry.
        Assert.Equal(["asked", "yes:alice:False", "yes:alice:False", "restarted"], Probe.Labels);
        var answered = Assert.Single((await OutboxAsync(run.Id)).OfType<QuestionAnswered>());
        Assert.Equal((open.QuestionId, "yes", "alice", false), (answered.QuestionId, answered.Answer, answered.AnsweredBy, answered.TimedOut));
        var journal = await Engine.GetJournalAsync(run.Id);
        Assert.Contains(journal, j => j.ActivityId == "confirm" && j.Message.Contains($"Question {open.QuestionId} answered yes", StringComparison.Ordinal));
        await Assert.ThrowsAsync<EngineNotFoundException>(() => Engine.AnswerQuestionAsync(open.QuestionId, "no"));
    }

    [EngineFact]
    public async Task ActivityAsks_NobodyAnswersInTime_TheDefaultIsTaken()
    {
        await PublishAsync(new { Timeout = "01:00:00" });
        var run = await Host.RunAsync("restart");
        var open = Assert.Single(await Engine.ListQuestionsAsync(run.Id));

        await Host.AdvanceAsync(TimeSpan.FromMinutes(59));
        var early = await Host.GetAsync(run.Id);
        await Host.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(Host.Time.GetUtcNow(), open.TimesOutAt);
        Assert.Equal(RunStatus.Suspended, early.Status);
        Assert.Equal(RunStatus.Completed, (await Host.GetAsync(run.Id)).Status);
        Assert.Equal(["asked", "no::True", "left alone"], Probe.Labels);
        Assert.True(Assert.Single((await OutboxAsync(run.Id)).OfType<QuestionAnswered>()).TimedOut);
    }

    [EngineFact]
    public async Task ActivityAsks_ADefaultThatIsNotAllowed_FaultsTheStepNamingIt()
    {
        await PublishAsync(new { DefaultAnswer = "maybe" });
        var run = await Host.RunAsync("restart");

        var faulted = await Host.GetAsync(run.Id);
        Assert.Equal(RunStatus.Faulted, faulted.Status);
        Assert.Contains("default answer 'maybe'", faulted.Error, StringComparison.Ordinal);
        Assert.Contains("yes, no", faulted.Error, StringComparison.Ordinal);
        Assert.Empty(await Engine.ListQuestionsAsync());
    }
}
