using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Contracts.Runs;
using VCRunbooks.Engine.Persistence;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Engine.Tests.Infrastructure;
using VCRunbooks.Engine.Tests.Runs;

namespace VCRunbooks.Engine.Tests.Persistence;

/// <summary>The commit path's guarantees, whatever the provider does to make it fast (reused statements, batched outbox rows).</summary>
public abstract class CommitPathScenarios : ScenarioBase
{
    private const int Logs = 6;

    [EngineFact]
    public async Task CommitAsync_StaleRevision_IsRejectedAndWritesNothing()
    {
        await Host.PublishAsync(Def.New("waits").Act("wait", "WaitForEvent", new { EventName = "go", CorrelationKey = "k" }).Chain("start", "wait").Build());
        var run = await Host.RunAsync("waits");
        var store = Host.Services.GetRequiredService<RunStore>();
        var first = await SessionAsync(store, run.Id);
        var stale = await SessionAsync(store, run.Id);

        first.AddJournal("test", null, "first writer");
        await store.CommitAsync(first, CancellationToken.None);
        stale.AddJournal("test", null, "stale writer");
        stale.Emit(new RunResumed { RunId = run.Id, Reason = "stale", At = Host.Time.GetUtcNow() });
        await Assert.ThrowsAsync<RunConflictException>(() => store.CommitAsync(stale, CancellationToken.None));
        // The same (reused) statements still work for a writer with the current revision.
        var current = await SessionAsync(store, run.Id);
        current.AddJournal("test", null, "current writer");
        await store.CommitAsync(current, CancellationToken.None);

        var lines = (await Engine.GetJournalAsync(run.Id)).Where(j => j.Kind == "test").Select(j => j.Message);
        Assert.Equal(["first writer", "current writer"], lines);
        Assert.DoesNotContain((await OutboxAsync(run.Id)).OfType<RunResumed>(), r => r.Reason == "stale");
    }

    [EngineFact]
    public async Task ReadAsync_PassWithManyEvents_RelaysEachMessageInOrderWithItsOwnId()
    {
        var run = await RunLogsAsync();

        var messages = (await Host.Outbox.ReadAsync(0, 1000)).Where(m => m.RunId == run.Id).ToList();
        var paged = new List<OutboxMessage>();
        for (var after = 0L; await Host.Outbox.ReadAsync(after, 3) is { Count: > 0 } page; after = page[^1].Id)
        {
            paged.AddRange(page);
        }

        Assert.Equal(ExpectedTypes(), messages.Select(m => m.Type));
        Assert.Equal(messages.Select(m => m.Id).Order(), messages.Select(m => m.Id));
        Assert.Equal(messages.Count, messages.Select(m => m.Id).Distinct().Count());
        Assert.Equal(messages.Select(m => (m.Id, m.Type, m.Payload)), paged.Select(m => (m.Id, m.Type, m.Payload)));
        Assert.All(messages, m => Assert.Contains($"\"runId\":\"{run.Id}\"", m.Payload, StringComparison.Ordinal));
        Assert.Equal(ExpectedTypes(), messages.Select(m => m.ToMessage().GetType().Name));
    }

    [EngineFact]
    public async Task DeleteAsync_SomeIdsOfOneCommitsEvents_DeletesExactlyThoseAndKeepsTheOthersIds()
    {
        await RunLogsAsync();
        var messages = await Host.Outbox.ReadAsync(0, 1000);
        long[] gone = [messages[0].Id, messages[1].Id, messages[2].Id, messages[5].Id, messages[^1].Id];

        var deleted = await Host.Outbox.DeleteAsync(gone);
        var remaining = await Host.Outbox.ReadAsync(0, 1000);
        var afterFirst = await Host.Outbox.ReadAsync(remaining[0].Id, 2);
        var again = await Host.Outbox.DeleteAsync(gone);

        Assert.Equal(gone.Length, deleted);
        var expected = messages.Where(m => !gone.Contains(m.Id)).Select(m => (m.Id, m.Type, m.Payload)).ToList();
        Assert.Equal(expected, remaining.Select(m => (m.Id, m.Type, m.Payload)));
        Assert.Equal(expected.Skip(1).Take(2), afterFirst.Select(m => (m.Id, m.Type, m.Payload)));
        Assert.Equal(0, again);
    }

    [EngineFact]
    public async Task GetJournalAsync_AfterASeqInsideOneCommit_ReturnsTheLaterLinesWithTheirData()
    {
        await Host.PublishAsync(Def.New("vars").Var("v", "int", 0)
            .Act("set1", "SetVariable", new { Name = "v", Value = 1 }).Act("set2", "SetVariable", new { Name = "v", Value = 2 })
            .Chain("start", "set1", "set2").Build());
        var run = await Host.RunAsync("vars");

        var journal = await Engine.GetJournalAsync(run.Id);
        var variableLines = journal.Where(j => j.Kind == "variable").ToList();
        var later = await Engine.GetJournalAsync(run.Id, afterSeq: variableLines[0].Seq);

        Assert.Equal(Enumerable.Range(1, journal.Count).Select(i => (long)i), journal.Select(j => j.Seq));
        Assert.Equal([1, 2], variableLines.Select(j => j.Data!.GetValue<int>()));
        Assert.Equal(journal.SkipWhile(j => j.Seq <= variableLines[0].Seq).Select(j => (j.Seq, j.Kind, j.Message)), later.Select(j => (j.Seq, j.Kind, j.Message)));
        Assert.Equal(2, later.Single(j => j.Kind == "variable").Data!.GetValue<int>());
    }

    /// <summary>A run whose activities are all pure: one pass, one commit holding every activity's events.</summary>
    protected async Task<RunDetails> RunLogsAsync()
    {
        var def = Def.New("logs");
        var ids = new List<string> { "start" };
        for (var i = 1; i <= Logs; i++)
        {
            def.Act($"log{i}", "Log", new { Message = $"line {i}" });
            ids.Add($"log{i}");
        }

        await Host.PublishAsync(def.Chain([.. ids]).Build());
        return await Host.RunAsync("logs");
    }

    private static IEnumerable<string> ExpectedTypes() =>
        [nameof(RunStarted), .. Enumerable.Repeat(new[] { nameof(ActivityStarted), nameof(ActivityCompleted) }, Logs + 1).SelectMany(p => p), nameof(RunCompleted)];

    private async Task<RunSession> SessionAsync(RunStore store, string runId)
    {
        var loaded = await store.LoadAsync(runId, Host.Time.GetUtcNow().ToUnixTimeMilliseconds(), CancellationToken.None);
        var services = Host.Services.GetRequiredService<RunServices>();
        var plan = await services.Definitions.GetPlanAsync(loaded!.Record.DefinitionId, loaded.Record.DefinitionVersion, CancellationToken.None);
        return new RunSession(services, loaded.Record, RunStateJson.Deserialize(loaded.Record.State), plan);
    }
}
