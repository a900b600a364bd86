using System.Text.Json.Nodes;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Engine.Runs;

/// <summary>
/// One pass of a run in memory: its state plus everything to write in the next commit (journal,
/// outbox, bookmark changes, child runs). The committer turns it into one transaction.
/// </summary>
internal sealed partial class RunSession
{
    private readonly RunServices _services;

    public RunSession(RunServices services, RunRecord record, RunState state, RunbookPlan plan)
    {
        _services = services;
        Record = record;
        State = state;
        Plan = plan;
        Status = Enum.Parse<RunStatus>(record.Status);
    }

    public RunRecord Record { get; }
    public RunState State { get; }
    public RunbookPlan Plan { get; }
    public RunStatus Status { get; set; }
    public string RunId => Record.Id;
    public TimeProvider Time => _services.Options.TimeProvider;
    public CodeGuard.CodeLimits CodeLimits => _services.Options.CodeLimits;
    public long NowMs => Time.GetUtcNow().ToUnixTimeMilliseconds();

    public List<JournalRecord> Journal { get; } = [];
    public List<OutboxRecord> Outbox { get; } = [];
    public List<BookmarkRecord> NewBookmarks { get; } = [];
    public HashSet<string> DeletedBookmarks { get; } = new(StringComparer.Ordinal);
    public List<RunRecord> NewChildRuns { get; } = [];
    public List<string> CancelChildren { get; } = [];
    public bool HasChanges { get; set; }

    /// <summary>Commits what the pass holds so far, from inside an activity (a script commits after each call with side effects).</summary>
    public Func<CancellationToken, Task>? Checkpoint { get; set; }

    /// <summary>Runs to hand to the dispatcher once the commit succeeded (children started, a parent to wake).</summary>
    public List<string> DispatchAfterCommit { get; } = [];

    public RunToken? NextReady() => State.Tokens.FirstOrDefault(t => t.Status == TokenStatus.Ready);

    public void AddJournal(string kind, string? activityId, string message, JsonNode? data = null)
    {
        Journal.Add(new JournalRecord
        {
            RunId = RunId,
            Seq = State.NextJournalSeq++,
            AtMs = NowMs,
            Kind = kind,
            ActivityId = activityId,
            Message = message,
            Data = data?.ToJsonString(),
        });
        HasChanges = true;
    }

    public void Emit(object message)
    {
        // Checked now, so an activity emitting a foreign type fails in its own step; serialised at the commit.
        _ = RunEventJson.Default.GetTypeInfo(message.GetType()) ?? throw new ArgumentException($"{message.GetType().Name} is not a run event.", nameof(message));
        Outbox.Add(new OutboxRecord
        {
            RunId = RunId,
            Type = message.GetType().Name,
            Payload = string.Empty,
            Event = message,
            CreatedAtMs = NowMs,
        });
        HasChanges = true;
    }

    public void SetVariable(string name, JsonNode? value)
    {
        State.Variables[name] = value;
        AddJournal("variable", null, $"Variable {name} set", value?.DeepClone());
    }

    public JsonObject StateFor(RunToken token)
    {
        if (!State.ActivityState.TryGetValue(token.ScopeKey, out var state))
        {
            State.ActivityState[token.ScopeKey] = state = [];
        }

        return state;
    }

    public RunToken NewToken(string activityId, IEnumerable<LoopFrame> loops) =>
        new()
        {
            Id = State.NextTokenId++,
            ActivityId = activityId,
            Status = TokenStatus.Ready,
            Loops = loops.Select(l => new LoopFrame { ForEachId = l.ForEachId, Index = l.Index, Item = l.Item?.DeepClone() }).ToList(),
        };

    /// <summary>Follows the connections of the given outcomes, honouring each target's join mode.</summary>
    public void Follow(RunToken from, IEnumerable<string> outcomes, List<LoopFrame>? loops = null)
    {
        loops ??= from.Loops;
        foreach (var outcome in outcomes)
        {
            if (!Plan.Outgoing.TryGetValue((from.ActivityId, outcome), out var targets))
            {
                continue;
            }

            foreach (var (index, to) in targets)
            {
                Arrive(to, index, loops);
            }
        }
    }

    private void Arrive(string activityId, int connectionIndex, List<LoopFrame> loops)
    {
        var inbound = Plan.Inbound.GetValueOrDefault(activityId) ?? [];
        if (Plan.Activities[activityId].Join == JoinMode.All && inbound.Count > 1)
        {
            var key = activityId + "[" + string.Join(",", loops.Select(l => l.Index)) + "]";
            if (!State.JoinArrivals.TryGetValue(key, out var seen))
            {
                State.JoinArrivals[key] = seen = [];
            }

            if (!seen.Contains(connectionIndex))
            {
                seen.Add(connectionIndex);
            }

            if (!inbound.All(seen.Contains))
            {
                return;
            }

            State.JoinArrivals.Remove(key);
        }

        State.Tokens.Add(NewToken(activityId, loops));
    }

    /// <summary>Removes a token and forgets its bookmarks (deleted in the next commit).</summary>
    public void RemoveToken(RunToken token)
    {
        State.Tokens.Remove(token);
        DropBookmarks(token);
    }

    public void DropBookmarks(RunToken token)
    {
        foreach (var id in token.BookmarkIds)
        {
            if (NewBookmarks.RemoveAll(b => b.Id == id) == 0)
            {
                DeletedBookmarks.Add(id);
            }
        }

        token.BookmarkIds.Clear();
        token.Waits = null;
    }

    public string AddBookmark(RunToken token, string kind, string name, string? correlationKey, long? dueAtMs, JsonObject? metadata)
    {
        var id = $"{RunId}:{State.NextBookmarkId++}";
        NewBookmarks.Add(new BookmarkRecord
        {
            Id = id,
            RunId = RunId,
            Kind = kind,
            Name = name,
            CorrelationKey = correlationKey,
            DueAtMs = dueAtMs,
            Metadata = metadata?.ToJsonString(),
            CreatedAtMs = NowMs,
        });
        token.BookmarkIds.Add(id);
        (token.Waits ??= []).Add(kind == BookmarkKinds.Timer ? $"timer {name}" : $"{name}:{correlationKey}");
        token.Status = TokenStatus.Suspended;
        HasChanges = true;
        return id;
    }

    /// <summary>Clears the pending writes after a successful commit.</summary>
    public void Committed()
    {
        Record.Revision++;
        Journal.Clear();
        Outbox.Clear();
        NewBookmarks.Clear();
        DeletedBookmarks.Clear();
        NewChildRuns.Clear();
        CancelChildren.Clear();
        HasChanges = false;
    }
}
