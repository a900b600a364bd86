using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Persistence;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Runs;

/// <summary>Events raised before their wait was committed: kept for a while, then taken by the first wait.</summary>
public abstract class PendingEventScenarios : ScenarioBase
{
    /// <summary>A run that reaches its wait only after a Delay, so an event can arrive "a moment early".</summary>
    private Task<RunbookDefinition> PublishLateWaiterAsync() => Host.PublishAsync(Def.New("late-waiter")
        .Input("ticket", "string").Input("delay", "timespan", "00:10:00").Var("payload", "object")
        .Act("nap", "Delay", new { Duration = Def.Expr("Inputs.delay") })
        .Act("wait", "WaitForEvent", new { EventName = "approval", CorrelationKey = Def.Expr("Inputs.ticket") })
        .Act("keep", "SetVariable", new { Name = "payload", Value = Def.Expr("Output(\"wait\", \"Payload\")") })
        .Chain("start", "nap", "wait").Link("wait", "keep", "Received").Build());

    private static JsonObject Ticket(string ticket, string delay = "00:10:00") => new() { ["ticket"] = ticket, ["delay"] = delay };

    [EngineFact]
    public async Task RaiseEvent_BeforeTheWaitIsCommitted_IsKeptAndResumesTheWaitWhenItIsCreated()
    {
        await PublishLateWaiterAsync();
        var run = await Host.RunAsync("late-waiter", Ticket("T-1"));

        var raisedAt = Host.Time.GetUtcNow();
        var delivery = await Engine.RaiseEventAsync("approval", "T-1", new JsonObject { ["ok"] = true });
        await Host.AdvanceAsync(TimeSpan.FromMinutes(10));

        Assert.Equal(new EventDelivery(0, raisedAt + TimeSpan.FromHours(1)), delivery);
        var done = await Host.GetAsync(run.Id);
        Assert.Equal(RunStatus.Completed, done.Status);
        Assert.True(done.Variables["payload"]!["ok"]!.GetValue<bool>());
        Assert.Contains(await Engine.GetJournalAsync(run.Id), j => j.Kind == "resumed" && j.Message == "Event approval (T-1) arrived");
        Assert.Equal(0, await PendingCountAsync());
    }

    [EngineFact]
    public async Task RaiseEvent_PendingEventExpired_DoesNotResumeALaterWaitAndIsCleanedUp()
    {
        await PublishLateWaiterAsync();
        var run = await Host.RunAsync("late-waiter", Ticket("T-1", delay: "02:00:00"));

        await Engine.RaiseEventAsync("approval", "T-1");
        await Host.AdvanceAsync(TimeSpan.FromHours(2));
        var waiting = await Host.GetAsync(run.Id);
        await Engine.RaiseEventAsync("approval", "T-other");

        Assert.Equal(RunStatus.Suspended, waiting.Status);
        Assert.Equal("approval", Assert.Single(waiting.Waiting).Name);
        Assert.Equal(1, await PendingCountAsync());
        Assert.Equal(1, (await Engine.RaiseEventAsync("approval", "T-1")).Delivered);
    }

    [EngineFact]
    public async Task PendingEvent_NoWaitBeforeItExpires_IsDeletedByTheTimerPollerWithoutANewEvent()
    {
        await Engine.RaiseEventAsync("approval", "T-forgotten");
        await Host.AdvanceAsync(TimeSpan.FromMinutes(59));
        var beforeExpiry = await PendingCountAsync();

        await Host.AdvanceAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, beforeExpiry);
        Assert.Equal(0, await PendingCountAsync());
    }

    [EngineFact]
    public async Task RaiseEvent_TwoRunsWaitAfterOnePendingEvent_OnlyTheFirstWaitTakesIt()
    {
        await PublishLateWaiterAsync();
        var first = await Host.RunAsync("late-waiter", Ticket("CHG-7", delay: "00:05:00"));
        var second = await Host.RunAsync("late-waiter", Ticket("CHG-7", delay: "00:10:00"));

        await Engine.RaiseEventAsync("approval", "CHG-7");
        await Host.AdvanceAsync(TimeSpan.FromMinutes(5));
        await Host.AdvanceAsync(TimeSpan.FromMinutes(5));

        Assert.Equal(RunStatus.Completed, (await Host.GetAsync(first.Id)).Status);
        Assert.Equal(RunStatus.Suspended, (await Host.GetAsync(second.Id)).Status);
        Assert.Equal(new EventDelivery(1, null), await Engine.RaiseEventAsync("approval", "CHG-7"));
    }

    [EngineFact]
    public async Task RaiseEvent_TwoPendingEventsOnOneKey_AreTakenOldestFirstByOneWaitEach()
    {
        await PublishLateWaiterAsync();
        var first = await Host.RunAsync("late-waiter", Ticket("CHG-8", delay: "00:05:00"));
        var second = await Host.RunAsync("late-waiter", Ticket("CHG-8", delay: "00:10:00"));

        await Engine.RaiseEventAsync("approval", "CHG-8", new JsonObject { ["n"] = 1 });
        Host.Time.Advance(TimeSpan.FromSeconds(1));
        await Engine.RaiseEventAsync("approval", "CHG-8", new JsonObject { ["n"] = 2 });
        await Host.AdvanceAsync(TimeSpan.FromMinutes(5));
        await Host.AdvanceAsync(TimeSpan.FromMinutes(5));

        Assert.Equal(1, (await Host.GetAsync(first.Id)).Variables["payload"]!["n"]!.GetValue<int>());
        Assert.Equal(2, (await Host.GetAsync(second.Id)).Variables["payload"]!["n"]!.GetValue<int>());
    }

    [EngineFact]
    public async Task RaiseEvent_AnswerToAnAskNotReachedYet_IsTakenByTheQuestion()
    {
        await Host.PublishAsync(Def.New("ask-late").Act("nap", "Delay", new { Duration = "00:01:00" })
            .Act("ask", "Ask", new { Question = "Go?", AllowedAnswers = new[] { "yes", "no" } })
            .Act("yes", "RecordStep", new { Label = "yes" }).Chain("start", "nap", "ask").Link("ask", "yes", "yes").Build());
        var run = await Host.RunAsync("ask-late");

        // The question id is the Ask's step key, so a chat bot that knows the run can answer ahead of it.
        var delivery = await Engine.RaiseEventAsync("question", $"{run.Id}:ask", new JsonObject { ["answer"] = "yes", ["answeredBy"] = "bot" });
        await Host.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.True(delivery.IsPending);
        var done = await Host.GetAsync(run.Id);
        Assert.Equal(RunStatus.Completed, done.Status);
        Assert.Equal(["yes"], Probe.Labels);
        Assert.Equal("bot", done.Outputs["ask"]["AnsweredBy"]!.GetValue<string>());
    }

    [EngineFact]
    public async Task RaiseEvent_WithoutCorrelationKey_IsRejectedNamingTheKey()
    {
        var ex = await Assert.ThrowsAsync<EngineArgumentException>(() => Engine.RaiseEventAsync("approval", " "));

        Assert.Equal("correlationKey", ex.ParamName);
        Assert.Contains("Event 'approval' needs a correlation key", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, await PendingCountAsync());
    }

    [EngineFact]
    public async Task RaiseEvent_ChildRunCompletionName_IsRejectedAndTheParentKeepsWaiting()
    {
        await Host.PublishAsync(Def.New("slow-child").Act("wait", "WaitForEvent", new { EventName = "never", CorrelationKey = "k" }).Chain("start", "wait").Build());
        await Host.PublishAsync(Def.New("parent").Act("child", "RunRunbook", new { DefinitionId = "slow-child" }).Chain("start", "child").Build());
        var parent = await Host.RunAsync("parent");
        var child = Assert.Single(await Engine.ListRunsAsync(new RunQuery { DefinitionId = "slow-child" }));

        var ex = await Assert.ThrowsAsync<EngineArgumentException>(() => Engine.RaiseEventAsync("runbook.completed", child.Id, new JsonObject { ["status"] = "Completed" }));
        await Host.IdleAsync();

        Assert.Equal("name", ex.ParamName);
        Assert.Equal(RunStatus.Suspended, (await Host.GetAsync(parent.Id)).Status);
        Assert.Equal(0, await PendingCountAsync());
    }

    [EngineFact]
    public async Task RaiseEvent_WhileManyRunsAreReachingTheirWaits_NoEventIsLost()
    {
        await Host.PublishAsync(Def.New("race").Input("key", "string")
            .Act("wait", "WaitForEvent", new { EventName = "go", CorrelationKey = Def.Expr("Inputs.key") })
            .Act("rec", "RecordStep", new { Label = Def.Expr("Inputs.key") }).Chain("start", "wait").Link("wait", "rec", "Received").Build());
        var keys = Enumerable.Range(0, 40).Select(i => $"k{i}").ToList();

        // Runs start and reach their waits on the workers while the events are raised: each event either
        // finds its wait or is kept and taken by it, whichever side commits first.
        var started = await Task.WhenAll(keys.Select(k => Engine.StartRunAsync("race", new JsonObject { ["key"] = k })));
        var deliveries = await Task.WhenAll(keys.Select(k => Engine.RaiseEventAsync("go", k)));
        await Host.IdleAsync();

        Assert.All(deliveries, d => Assert.True(d.Delivered == 1 || d.IsPending));
        foreach (var run in started)
        {
            Assert.Equal(RunStatus.Completed, (await Host.GetAsync(run.Id)).Status);
        }

        Assert.Equal(keys.Order(StringComparer.Ordinal), Probe.Labels.Order(StringComparer.Ordinal));
        Assert.Equal(0, await PendingCountAsync());
    }

    [EngineFact]
    public async Task RaiseEvent_LifetimeZero_DropsAnEventNoRunWaitsOn()
    {
        await RestartWithAsync(o => o.PendingEventLifetime = TimeSpan.Zero);

        var delivery = await Engine.RaiseEventAsync("approval", "T-9");

        Assert.Equal(new EventDelivery(0, null), delivery);
        Assert.Equal(0, await PendingCountAsync());
    }

    private async Task<int> PendingCountAsync()
    {
        await using var db = await Host.Services.GetRequiredService<IDbContextFactory<EngineDbContext>>().CreateDbContextAsync();
        return await db.PendingEvents.CountAsync();
    }
}
