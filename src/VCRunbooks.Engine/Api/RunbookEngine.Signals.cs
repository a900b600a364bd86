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
    public async Task<int> RaiseEventAsync(string name, string correlationKey, JsonNode? payload = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(correlationKey);
        var json = payload?.ToJsonString();
        List<string> runs;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            // Marking the bookmark triggered makes the event durable before any run executes it.
            var matched = db.Bookmarks.Where(b => b.Kind == BookmarkKinds.Event && b.Name == name && b.CorrelationKey == correlationKey && !b.Triggered);
            runs = await matched.Select(b => b.RunId).Distinct().ToListAsync(cancellationToken);
            if (runs.Count == 0)
            {
                return 0;
            }

            await matched.ExecuteUpdateAsync(s => s.SetProperty(b => b.Triggered, true).SetProperty(b => b.Payload, json), cancellationToken);
        }

        foreach (var runId in runs)
        {
            await dispatcher.DispatchAsync(runId, cancellationToken);
        }

        return runs.Count;
    }

    public async Task<IReadOnlyList<OpenQuestion>> ListQuestionsAsync(string? runId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Bookmarks.AsNoTracking().Where(b => b.Kind == BookmarkKinds.Event && b.Name == Ask.QuestionEvent && !b.Triggered);
        if (runId is not null)
        {
            query = query.Where(b => b.RunId == runId);
        }

        var rows = await query.OrderBy(b => b.CreatedAtMs).Take(1000).ToListAsync(cancellationToken);
        return rows.Select(b =>
        {
            var meta = b.Metadata is null ? null : JsonNode.Parse(b.Metadata);
            return new OpenQuestion(
                b.CorrelationKey!,
                b.RunId,
                meta?["activityId"]?.GetValue<string>(),
                meta?["text"]?.GetValue<string>() ?? string.Empty,
                (meta?["allowedAnswers"] as JsonArray)?.Select(a => a?.GetValue<string>()).OfType<string>().ToList() ?? [],
                meta?["defaultAnswer"]?.GetValue<string>(),
                DateTimeOffset.FromUnixTimeMilliseconds(b.CreatedAtMs));
        }).ToList();
    }

    public async Task AnswerQuestionAsync(string questionId, string answer, string? answeredBy = null, CancellationToken cancellationToken = default)
    {
        string? metadata;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var bookmark = await db.Bookmarks.AsNoTracking()
                .FirstOrDefaultAsync(b => b.Name == Ask.QuestionEvent && b.CorrelationKey == questionId && !b.Triggered, cancellationToken)
                ?? throw new KeyNotFoundException($"No open question '{questionId}'.");
            metadata = bookmark.Metadata;
        }

        var allowed = (metadata is null ? null : JsonNode.Parse(metadata)?["allowedAnswers"] as JsonArray)?
            .Select(a => a?.GetValue<string>()).OfType<string>().ToList() ?? [];
        var chosen = allowed.Count == 0 ? answer : allowed.FirstOrDefault(a => string.Equals(a, answer.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"'{answer}' is not an allowed answer to question '{questionId}'; allowed: {string.Join(", ", allowed)}.", nameof(answer));
        var count = await RaiseEventAsync(Ask.QuestionEvent, questionId, new JsonObject { ["answer"] = chosen, ["answeredBy"] = answeredBy }, cancellationToken);
        if (count == 0)
        {
            throw new KeyNotFoundException($"Question '{questionId}' was answered already.");
        }
    }

    public async Task<bool> CancelAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var status = await db.Runs.Where(r => r.Id == runId).Select(r => r.Status).FirstOrDefaultAsync(cancellationToken)
                ?? throw new KeyNotFoundException($"No run '{runId}'.");
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
                ?? throw new KeyNotFoundException($"No run '{runId}'.");
            var state = RunStateJson.Deserialize(record.State);
            if (record.Status != nameof(RunStatus.Faulted) || state.Fault?.FailedToken is null)
            {
                throw new InvalidOperationException($"Run '{runId}' is {record.Status}; only a faulted run can be retried.");
            }

            if (state.Fault.Compensated)
            {
                throw new InvalidOperationException($"Run '{runId}' was compensated after its fault; start a new run instead.");
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
                throw new InvalidOperationException($"Run '{runId}' changed while retrying; try again.", ex);
            }

            observers.Committed([resumed]);
        }

        await dispatcher.DispatchAsync(runId, cancellationToken);
    }
}
