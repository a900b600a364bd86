using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using VCRunbooks.Contracts.Runs;
using VCRunbooks.Engine.Activities.BuiltIn;
using VCRunbooks.Engine.Dispatch;
using VCRunbooks.Engine.Persistence;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine;

internal sealed partial class RunbookEngine
{
    public Task<EventDelivery> RaiseEventAsync(string name, string correlationKey, JsonNode? payload = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name == RunSession.ChildRunBookmark)
        {
            // Only a child run's final commit may say it finished; a raised one would resume the parent with a forged result.
            throw new EngineArgumentException($"Event name '{name}' is reserved for the engine's child runs.", nameof(name));
        }

        if (string.IsNullOrWhiteSpace(correlationKey))
        {
            // A keyless "broadcast" would have no defined target: Ask's answers all share the name "question".
            throw new EngineArgumentException($"Event '{name}' needs a correlation key: it names the wait the event is for.", nameof(correlationKey));
        }

        return RaiseAsync(name, correlationKey, payload, options.PendingEventLifetime, cancellationToken);
    }

    /// <summary>Triggers the waits on (name, key) or, with a lifetime, keeps the event pending; one transaction either way.</summary>
    private async Task<EventDelivery> RaiseAsync(string name, string correlationKey, JsonNode? payload, TimeSpan keepFor, CancellationToken cancellationToken)
    {
        var json = payload?.ToJsonString();
        var now = NowMs;
        List<string> runs;
        DateTimeOffset? pendingUntil = null;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            await using var tx = await connection.BeginTransactionAsync(cancellationToken);
            if (db.Database.IsNpgsql())
            {
                await PendingEvents.LockAsync(connection, tx, name, correlationKey, cancellationToken);
            }

            // Marking the bookmark triggered makes the event durable before any run executes it.
            runs = await PendingEvents.TriggerWaitsAsync(connection, tx, name, correlationKey, json, cancellationToken);
            if (runs.Count == 0 && keepFor > TimeSpan.Zero)
            {
                var expires = now + (long)keepFor.TotalMilliseconds;
                await PendingEvents.KeepAsync(connection, tx, name, correlationKey, json, now, expires, cancellationToken);
                pendingUntil = DateTimeOffset.FromUnixTimeMilliseconds(expires);
            }

            await tx.CommitAsync(cancellationToken);
        }

        foreach (var runId in runs.Distinct(StringComparer.Ordinal))
        {
            await dispatcher.DispatchAsync(runId, cancellationToken);
        }

        return new EventDelivery(runs.Count, pendingUntil);
    }

    public Task<IReadOnlyList<OpenQuestion>> ListQuestionsAsync(string? runId = null, CancellationToken cancellationToken = default) =>
        ListQuestionsAsync(new QuestionQuery { RunId = runId, Take = 1000 }, cancellationToken);

    public async Task<IReadOnlyList<OpenQuestion>> ListQuestionsAsync(QuestionQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var waits = db.Bookmarks.AsNoTracking().Where(b => b.Name == Ask.QuestionEvent && !b.Triggered && b.Kind == BookmarkKinds.Event);
        if (query.RunId is { } runId)
        {
            waits = waits.Where(b => b.RunId == runId);
        }

        var rows = waits.Join(db.Runs.AsNoTracking(), b => b.RunId, r => r.Id, (b, r) => new { b.RunId, b.CorrelationKey, b.Metadata, b.CreatedAtMs, b.Id, r.DefinitionId, r.Target });
        if (query.DefinitionId is { } definitionId)
        {
            rows = rows.Where(x => x.DefinitionId == definitionId);
        }

        if (query.Target is { } target)
        {
            rows = rows.Where(x => x.Target == target);
        }

        var page = await rows.OrderBy(x => x.CreatedAtMs).ThenBy(x => x.Id)
            .Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 1000)).ToListAsync(cancellationToken);

        // When a question times out is in its metadata. A question asked before that was recorded falls back to its
        // run's earliest timer, in one query for the page.
        var runIds = page.Where(x => !HasRecordedTimeout(x.Metadata)).Select(x => x.RunId).Distinct().ToList();
        var timeouts = runIds.Count == 0 ? [] : (await db.Bookmarks.AsNoTracking()
                .Where(b => runIds.Contains(b.RunId) && b.Kind == BookmarkKinds.Timer && !b.Triggered && b.DueAtMs != null)
                .Select(b => new { b.RunId, b.DueAtMs }).ToListAsync(cancellationToken))
            .GroupBy(b => b.RunId).ToDictionary(g => g.Key, g => g.Min(b => b.DueAtMs!.Value));
        return page.Select(x =>
        {
            var meta = x.Metadata is null ? null : JsonNode.Parse(x.Metadata);
            return new OpenQuestion(
                x.CorrelationKey!,
                x.RunId,
                meta?["activityId"]?.GetValue<string>(),
                meta?["text"]?.GetValue<string>() ?? string.Empty,
                (meta?["allowedAnswers"] as JsonArray)?.Select(a => a?.GetValue<string>()).OfType<string>().ToList() ?? [],
                meta?["defaultAnswer"]?.GetValue<string>(),
                DateTimeOffset.FromUnixTimeMilliseconds(x.CreatedAtMs),
                x.DefinitionId,
                x.Target,
                meta?["timeoutAtMs"] is JsonValue recorded ? DateTimeOffset.FromUnixTimeMilliseconds(recorded.GetValue<long>())
                    : timeouts.TryGetValue(x.RunId, out var due) && !HasRecordedTimeout(x.Metadata) ? DateTimeOffset.FromUnixTimeMilliseconds(due)
                    : null);
        }).ToList();
    }

    /// <summary>Whether the question's metadata says when it times out (null when it never does).</summary>
    private static bool HasRecordedTimeout(string? metadata) =>
        metadata is not null && metadata.Contains("\"timeoutAtMs\"", StringComparison.Ordinal);

    public async Task AnswerQuestionAsync(string questionId, string answer, string? answeredBy = null, CancellationToken cancellationToken = default)
    {
        string? metadata;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var bookmark = await db.Bookmarks.AsNoTracking()
                .FirstOrDefaultAsync(b => b.Name == Ask.QuestionEvent && b.CorrelationKey == questionId && !b.Triggered, cancellationToken)
                ?? throw new EngineNotFoundException($"No open question '{questionId}'.");
            metadata = bookmark.Metadata;
        }

        var allowed = (metadata is null ? null : JsonNode.Parse(metadata)?["allowedAnswers"] as JsonArray)?
            .Select(a => a?.GetValue<string>()).OfType<string>().ToList() ?? [];
        var chosen = allowed.Count == 0 ? answer : allowed.FirstOrDefault(a => string.Equals(a, answer.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new EngineArgumentException($"'{answer}' is not an allowed answer to question '{questionId}'; allowed: {string.Join(", ", allowed)}.", nameof(answer));
        // Never kept pending: an answer is validated against its open question, and a second one lost the race.
        var delivery = await RaiseAsync(Ask.QuestionEvent, questionId, new JsonObject { ["answer"] = chosen, ["answeredBy"] = answeredBy }, TimeSpan.Zero, cancellationToken);
        if (delivery.Delivered == 0)
        {
            throw new EngineConflictException($"Question '{questionId}' was answered already.");
        }
    }

    public async Task<bool> CancelAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var status = await db.Runs.Where(r => r.Id == runId).Select(r => r.Status).FirstOrDefaultAsync(cancellationToken)
                ?? throw new EngineNotFoundException($"No run '{runId}'.");
            if (RunExecutor.IsFinished(status))
            {
                return false;
            }

            db.Bookmarks.Add(RunStore.CancelSignal(runId, NowMs));
            await db.SaveChangesAsync(cancellationToken);
        }

        (dispatcher as ChannelRunDispatcher)?.Interrupt(runId);
        await dispatcher.DispatchAsync(runId, cancellationToken);
        return true;
    }

    public async Task RetryAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var record = await db.Runs.FirstOrDefaultAsync(r => r.Id == runId, cancellationToken)
                ?? throw new EngineNotFoundException($"No run '{runId}'.");
            var state = RunStateJson.Deserialize(record.State);
            if (record.Status != nameof(RunStatus.Faulted) || state.Fault?.FailedToken is null)
            {
                throw new EngineConflictException($"Run '{runId}' is {record.Status}; only a faulted run can be retried.");
            }

            if (state.Fault.Compensated)
            {
                throw new EngineConflictException($"Run '{runId}' was compensated after its fault; start a new run instead.");
            }

            var token = state.Fault.FailedToken;
            token.Attempt++;
            token.Id = state.NextTokenId++;
            state.Tokens = [token];
            var failed = state.Fault.ActivityId;
            state.Fault = null;
            var seq = state.NextJournalSeq++;
            record.State = RunStateJson.Serialize(state);
            record.Status = nameof(RunStatus.Running);
            record.Error = null;
            record.UpdatedAtMs = NowMs;
            record.Revision++;
            db.Journal.Add(new JournalRecord { RunId = runId, Seq = seq, AtMs = NowMs, Kind = "retry", ActivityId = failed, Message = $"Retrying from '{failed}' (attempt {token.Attempt})" });
            var resumed = new OutboxRecord
            {
                RunId = runId,
                Type = nameof(RunResumed),
                Payload = System.Text.Json.JsonSerializer.Serialize(new RunResumed { RunId = runId, Reason = "retry", At = options.TimeProvider.GetUtcNow() }, RunEventJson.Default.RunResumed),
                CreatedAtMs = NowMs,
            };
            db.Outbox.Add(resumed);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException ex)
            {
                throw new EngineConflictException($"Run '{runId}' changed while retrying; try again.", ex);
            }

            observers.Committed([resumed]);
        }

        await dispatcher.DispatchAsync(runId, cancellationToken);
    }
}
