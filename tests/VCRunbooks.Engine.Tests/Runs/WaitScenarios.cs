using System.Text.Json.Nodes;
using VCRunbooks.Contracts.Runs;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Runs;

public abstract class WaitScenarios : ScenarioBase
{
    [EngineFact]
    public async Task Delay_ResumesOnlyOnceItsTimerIsDue()
    {
        await Host.PublishAsync(Def.New("delay").Act("wait", "Delay", new { Duration = "00:10:00" }).Act("rec", "RecordStep").Chain("start", "wait", "rec").Build());
        var run = await Host.RunAsync("delay");
        var due = Assert.Single(run.Waiting).DueAt;

        await Host.AdvanceAsync(TimeSpan.FromMinutes(9));
        var early = await Host.GetAsync(run.Id);
        await Host.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(Host.Time.GetUtcNow(), due);
        Assert.Equal(RunStatus.Suspended, early.Status);
        Assert.Equal(RunStatus.Completed, (await Host.GetAsync(run.Id)).Status);
        Assert.Single(Probe.Executions);
    }

    [EngineFact]
    public async Task WaitForEvent_OnlyTheMatchingCorrelationKey_ResumesWithPayload()
    {
        await Host.PublishAsync(Def.New("event").Input("ticket", "string").Var("payload", "object")
            .Act("wait", "WaitForEvent", new { EventName = "approval", CorrelationKey = Def.Expr("Inputs.ticket") })
            .Act("keep", "SetVariable", new { Name = "payload", Value = Def.Expr("Output(\"wait\", \"Payload\")") })
            .Chain("start", "wait").Link("wait", "keep", "Received").Build());
        var run = await Host.RunAsync("event", new JsonObject { ["ticket"] = "T-1" });

        var other = await Engine.RaiseEventAsync("approval", "T-2", new JsonObject { ["ok"] = false });
        await Host.IdleAsync();
        var stillWaiting = (await Host.GetAsync(run.Id)).Status;
        var matched = await Engine.RaiseEventAsync("approval", "T-1", new JsonObject { ["ok"] = true });
        await Host.IdleAsync();

        Assert.Equal((0, 1), (other.Delivered, matched.Delivered));
        Assert.Equal(RunStatus.Suspended, stillWaiting);
        var done = await Host.GetAsync(run.Id);
        Assert.Equal(RunStatus.Completed, done.Status);
        Assert.True(done.Variables["payload"]!["ok"]!.GetValue<bool>());
    }

    [EngineFact]
    public async Task WaitForEvent_Timeout_TakesTimedOutOutcome()
    {
        await Host.PublishAsync(Def.New("late").Act("wait", "WaitForEvent", new { EventName = "e", CorrelationKey = "k", Timeout = "00:05:00" })
            .Act("late", "RecordStep", new { Label = "late" }).Chain("start", "wait").Link("wait", "late", "TimedOut").Build());
        var run = await Host.RunAsync("late");

        await Host.AdvanceAsync(TimeSpan.FromMinutes(5));

        Assert.Equal(RunStatus.Completed, (await Host.GetAsync(run.Id)).Status);
        Assert.Equal(["late"], Probe.Labels);
        Assert.Equal(0, (await Engine.RaiseEventAsync("e", "k")).Delivered);
    }

    private Task<VCRunbooks.Engine.Definitions.RunbookDefinition> PublishAskAsync() => Host.PublishAsync(Def.New("ask")
        .Act("ask", "Ask", new { Question = "Proceed with the patch?", AllowedAnswers = new[] { "yes", "no" }, DefaultAnswer = "no", Timeout = "01:00:00" })
        .Act("yes", "RecordStep", new { Label = "yes" }).Act("no", "RecordStep", new { Label = "no" })
        .Chain("start", "ask").Link("ask", "yes", "yes").Link("ask", "no", "no").Build());

    [EngineFact]
    public async Task Ask_Answered_FollowsTheAnswerAndPublishesBothEvents()
    {
        await PublishAskAsync();
        var run = await Host.RunAsync("ask");
        var raised = (await OutboxAsync(run.Id)).OfType<QuestionRaised>().Single();
        var waiting = (await Host.GetAsync(run.Id)).Waiting.Single(w => w.Name == "question");
        var open = Assert.Single(await Engine.ListQuestionsAsync());

        await Engine.AnswerQuestionAsync(raised.QuestionId, "YES", "alice");
        await Host.IdleAsync();

        Assert.Equal("Proceed with the patch?", waiting.Metadata!["text"]!.GetValue<string>());
        Assert.Equal((raised.QuestionId, run.Id, "ask", "Proceed with the patch?", "no"), (open.QuestionId, open.RunId, open.ActivityId, open.Text, open.DefaultAnswer));
        Assert.Equal(["yes", "no"], open.AllowedAnswers);
        Assert.Empty(await Engine.ListQuestionsAsync());
        var done = await Host.GetAsync(run.Id);
        Assert.Equal(RunStatus.Completed, done.Status);
        Assert.Equal(["yes"], Probe.Labels);
        Assert.Equal("alice", done.Outputs["ask"]["AnsweredBy"]!.GetValue<string>());
        var answered = (await OutboxAsync(run.Id)).OfType<QuestionAnswered>().Single();
        Assert.Equal(("yes", false), (answered.Answer, answered.TimedOut));
    }

    [EngineFact]
    public async Task AnswerQuestion_NotAnAllowedAnswer_IsRejectedAndTheRunKeepsWaiting()
    {
        await PublishAskAsync();
        var run = await Host.RunAsync("ask");
        var questionId = (await OutboxAsync(run.Id)).OfType<QuestionRaised>().Single().QuestionId;

        var ex = await Assert.ThrowsAsync<EngineArgumentException>(() => Engine.AnswerQuestionAsync(questionId, "maybe"));
        await Assert.ThrowsAsync<EngineNotFoundException>(() => Engine.AnswerQuestionAsync("no-such-question", "yes"));

        Assert.Contains("allowed: yes, no", ex.Message, StringComparison.Ordinal);
        Assert.Equal(RunStatus.Suspended, (await Host.GetAsync(run.Id)).Status);
    }

    [EngineFact]
    public async Task Ask_Timeout_TakesTheDefaultAnswer()
    {
        await PublishAskAsync();
        var run = await Host.RunAsync("ask");

        await Host.AdvanceAsync(TimeSpan.FromHours(1));

        var done = await Host.GetAsync(run.Id);
        Assert.Equal(RunStatus.Completed, done.Status);
        Assert.Equal(["no"], Probe.Labels);
        Assert.True(done.Outputs["ask"]["TimedOut"]!.GetValue<bool>());
    }

    [EngineFact]
    public async Task Restart_SuspendedRuns_ResumeInTheNewEngine()
    {
        await Host.PublishAsync(Def.New("durable")
            .Act("wait", "WaitForEvent", new { EventName = "go", CorrelationKey = "k" }).Act("nap", "Delay", new { Duration = "00:30:00" })
            .Act("rec", "RecordStep").Chain("start", "wait").Link("wait", "nap", "Received").Chain("nap", "rec").Build());
        var run = await Host.RunAsync("durable");

        await RestartAsync();
        Assert.Equal(1, (await Engine.RaiseEventAsync("go", "k")).Delivered);
        await Host.IdleAsync();
        await RestartAsync();
        await Host.AdvanceAsync(TimeSpan.FromMinutes(30));

        Assert.Equal(RunStatus.Completed, (await Host.GetAsync(run.Id)).Status);
        Assert.Single(Probe.Executions);
    }

    [EngineFact]
    public async Task Cancel_SuspendedRun_StopsWaitingForGood()
    {
        await Host.PublishAsync(Def.New("cancel").Act("wait", "WaitForEvent", new { EventName = "e", CorrelationKey = "c" }).Chain("start", "wait").Build());
        var run = await Host.RunAsync("cancel");

        Assert.True(await Engine.CancelAsync(run.Id));
        await Host.IdleAsync();

        var cancelled = await Host.GetAsync(run.Id);
        Assert.Equal(RunStatus.Cancelled, cancelled.Status);
        Assert.Empty(cancelled.Waiting);
        Assert.Equal(0, (await Engine.RaiseEventAsync("e", "c")).Delivered);
        Assert.False(await Engine.CancelAsync(run.Id));
        Assert.IsType<RunCancelled>((await OutboxAsync(run.Id))[^1]);
    }

    [EngineFact]
    public async Task Cancel_ParentWaitingOnChildRun_CancelsTheChildToo()
    {
        await Host.PublishAsync(Def.New("slow-child").Act("wait", "WaitForEvent", new { EventName = "never", CorrelationKey = "k" }).Chain("start", "wait").Build());
        await Host.PublishAsync(Def.New("parent").Act("child", "RunRunbook", new { DefinitionId = "slow-child" }).Chain("start", "child").Build());
        var run = await Host.RunAsync("parent");
        var child = Assert.Single(await Engine.ListRunsAsync(new RunQuery { DefinitionId = "slow-child" }));
        Assert.Equal(RunStatus.Suspended, child.Status);

        await Engine.CancelAsync(run.Id);
        await Host.IdleAsync();

        Assert.Equal(RunStatus.Cancelled, (await Host.GetAsync(run.Id)).Status);
        Assert.Equal(RunStatus.Cancelled, (await Host.GetAsync(child.Id)).Status);
    }

    [EngineFact]
    public async Task GetJournalAndOutbox_PageAfterAPosition_AndExactlyTheRelayedMessagesAreDeleted()
    {
        await Host.PublishAsync(Def.New("paged").Act("a", "Log", new { Message = "one" }).Act("b", "Log", new { Message = "two" }).Chain("start", "a", "b").Build());
        var run = await Host.RunAsync("paged");

        var journal = await Engine.GetJournalAsync(run.Id);
        var rest = await Engine.GetJournalAsync(run.Id, afterSeq: journal[1].Seq);
        var outbox = await Host.Outbox.ReadAsync(0, 1000);
        var deleted = await Host.Outbox.DeleteAsync([outbox[0].Id, outbox[1].Id, outbox[3].Id]);
        var remaining = await Host.Outbox.ReadAsync(0, 1000);

        Assert.Equal(journal.Skip(2).Select(j => j.Seq), rest.Select(j => j.Seq));
        Assert.Equal(journal.Select(j => j.Seq).Order(), journal.Select(j => j.Seq));
        Assert.Equal(3, deleted);
        Assert.Equal(outbox.Where((_, i) => i is 2 or > 3).Select(m => m.Id), remaining.Select(m => m.Id));
    }

    [EngineFact]
    public async Task TypedStepState_SurvivesARestart_AndAMarkIsCommittedBeforeTheStepActs()
    {
        await Host.PublishAsync(Def.New("typed-state").Act("step", "TypedStateStep").Chain("start", "step").Build());
        var run = await Host.RunAsync("typed-state");
        await RestartAsync();
        await Host.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(RunStatus.Completed, (await Host.GetAsync(run.Id)).Status);
        // The first execution's state came back after the restart; the mark's null removed its key.
        Assert.Equal(["0:None:", "1:Waiting:kept", "2:Marked:"], Probe.Labels);
        var journal = await Engine.GetJournalAsync(run.Id);
        Assert.Equal(2, journal.Count(j => j.Kind == "activity-suspended" && j.ActivityId == "step"));
    }

    [EngineFact]
    public async Task RunSuspended_NamesEveryWait_IncludingBranchesThatWaitedFromAnEarlierPass()
    {
        await Host.PublishAsync(Def.New("two-waits")
            .Act("fork", "Fork").Act("ask", "WaitForEvent", new { EventName = "approval", CorrelationKey = "T-1" })
            .Act("wait", "Delay", new { Duration = "00:10:00" }).Act("rec", "RecordStep")
            .Chain("start", "fork").Link("fork", "ask").Link("fork", "wait").Chain("wait", "rec").Build());
        var run = await Host.RunAsync("two-waits");
        await Host.AdvanceAsync(TimeSpan.FromMinutes(10));

        var suspended = (await OutboxAsync(run.Id)).OfType<RunSuspended>().ToList();
        Assert.Equal(2, suspended.Count);
        Assert.Contains("approval:T-1", suspended[0].WaitingOn);
        Assert.Contains(suspended[0].WaitingOn, w => w.StartsWith("timer ", StringComparison.Ordinal));
        // After the delay's branch went on, the run waits only on the event its other branch asked for a pass ago.
        Assert.Equal(["approval:T-1"], suspended[1].WaitingOn);
    }
}
