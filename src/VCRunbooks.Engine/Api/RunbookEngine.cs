using System.Data.Common;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using VCRunbooks.Contracts.Runs;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Dispatch;
using VCRunbooks.Engine.Persistence;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine;

internal sealed partial class RunbookEngine(
    IDbContextFactory<EngineDbContext> contexts,
    DefinitionStore definitions,
    RunbookValidator validator,
    PlanWarmup warmup,
    IRunDispatcher dispatcher,
    RunStore runs,
    StoreSessions sessions,
    CommitObservers observers,
    EngineOptions options) : IRunbookEngine
{
    private long NowMs => options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();

    public Task<RunbookDefinition> PublishAsync(RunbookDefinition definition, CancellationToken cancellationToken = default) =>
        definitions.PublishAsync(definition, null, cancellationToken);

    public Task<RunbookDefinition> PublishAsync(RunbookDefinition definition, DefinitionSource? source, CancellationToken cancellationToken = default) =>
        definitions.PublishAsync(definition, source, cancellationToken);

    public Task<bool> RetractAsync(string definitionId, string reason, CancellationToken cancellationToken = default) =>
        definitions.RetractAsync(definitionId, reason, cancellationToken);

    public Task<int> WarmUpAsync(CancellationToken cancellationToken = default) => warmup.WarmAsync(cancellationToken);

    public IReadOnlyList<ValidationError> Validate(RunbookDefinition definition) => validator.Validate(definition);

    public Task<RunbookDefinition?> GetDefinitionAsync(string definitionId, int? version = null, CancellationToken cancellationToken = default) =>
        definitions.GetAsync(definitionId, version, cancellationToken);

    public async Task<IReadOnlyList<DefinitionSummary>> ListDefinitionsAsync(CancellationToken cancellationToken = default) =>
        await definitions.ListAsync(cancellationToken);

    public async Task<RunSummary> StartRunAsync(string definitionId, JsonObject? inputs = null, string? idempotencyKey = null, int? version = null, CancellationToken cancellationToken = default)
    {
        if (idempotencyKey is not null && await FindByKeyAsync(idempotencyKey, definitionId, cancellationToken) is { } existing)
        {
            return existing;
        }

        await definitions.EnsureNotRetractedAsync(definitionId, cancellationToken);
        var plan = await definitions.GetPlanAsync(definitionId, version, cancellationToken);
        var (record, started) = RunFactory.Create(plan, inputs, Guid.NewGuid().ToString("N"), null, idempotencyKey, NowMs);
        try
        {
            await runs.InsertAsync(record, started, cancellationToken);
        }
        catch (DbException) when (idempotencyKey is not null)
        {
            // Another caller started the run with this key between the lookup and the insert.
            return await FindByKeyAsync(idempotencyKey, definitionId, cancellationToken) ?? throw new InvalidOperationException($"Run with idempotency key '{idempotencyKey}' could not be created.");
        }

        await dispatcher.DispatchAsync(record.Id, cancellationToken);
        return RunMapping.ToSummary(record);
    }

    public async Task<RunDetails?> GetRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        // Plain SQL on the run store's session, as the run's own load: operators and the run command poll this.
        await using var session = await sessions.OpenAsync(cancellationToken);
        var record = await RunStore.ReadAsync(session, runId, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var waits = await RunStore.ReadWaitsAsync(session, runId, cancellationToken);
        return RunMapping.ToDetails(record, waits);
    }

    public async Task<IReadOnlyList<RunSummary>> ListRunsAsync(RunQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new RunQuery();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = db.Runs.AsNoTracking();
        if (query.DefinitionId is { } id)
        {
            runs = runs.Where(r => r.DefinitionId == id);
        }

        if (query.Target is { } target)
        {
            runs = runs.Where(r => r.Target == target);
        }

        if (query.ParentRunId is { } parent)
        {
            runs = runs.Where(r => r.ParentRunId == parent);
        }

        if (query.Status is { } status)
        {
            var name = status.ToString();
            runs = runs.Where(r => r.Status == name);
        }

        var rows = await runs.OrderByDescending(r => r.CreatedAtMs).ThenBy(r => r.Id)
            .Skip(query.Skip).Take(Math.Clamp(query.Take, 1, 1000))
            .Select(r => new RunRecord
            {
                // Everything but the state document, which a list does not need.
                Id = r.Id,
                DefinitionId = r.DefinitionId,
                DefinitionVersion = r.DefinitionVersion,
                Status = r.Status,
                State = string.Empty,
                ParentRunId = r.ParentRunId,
                Error = r.Error,
                Target = r.Target,
                CreatedAtMs = r.CreatedAtMs,
                UpdatedAtMs = r.UpdatedAtMs,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(RunMapping.ToSummary).ToList();
    }

    public async Task<IReadOnlyList<JournalEntry>> GetJournalAsync(string runId, long afterSeq = 0, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A batch row's seq is its last line's, so every row that may hold a later line is read.
        var rows = await db.Journal.AsNoTracking().Where(j => j.RunId == runId && j.Seq > afterSeq).OrderBy(j => j.Seq).ToListAsync(cancellationToken);
        return rows.SelectMany(JournalBatch.Expand).Where(j => j.Seq > afterSeq).ToList();
    }

    /// <summary>
    /// The run this key already started, when it is a run of <paramref name="definitionId"/>. A key that started a run
    /// of another runbook is a conflict: answering with that run would tell the caller its own start happened.
    /// </summary>
    private async Task<RunSummary?> FindByKeyAsync(string idempotencyKey, string definitionId, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var record = await RunStore.ReadByKeyAsync(session, idempotencyKey, cancellationToken);
        if (record is null)
        {
            return null;
        }
        if (!string.Equals(record.DefinitionId, definitionId, StringComparison.Ordinal))
        {
            throw new EngineConflictException(
                $"Idempotency key '{idempotencyKey}' already started run {record.Id} of runbook '{record.DefinitionId}'; use another key to start '{definitionId}'.");
        }
        return RunMapping.ToSummary(record);
    }
}
