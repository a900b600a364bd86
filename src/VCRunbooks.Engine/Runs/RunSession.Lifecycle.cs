using System.Text.Json.Nodes;
using VCRunbooks.Contracts.Runs;
using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Engine.Runs;

internal sealed partial class RunSession
{
    /// <summary>Set when this pass ended the run, so the parent's completion bookmark is triggered in the same commit.</summary>
    public JsonObject? ParentNotification { get; private set; }

    public void FaultRun(RunToken token, Exception ex)
    {
        if (token.Compensating)
        {
            RemoveAllTokens();
            State.Fault!.Message += $"; compensation '{token.ActivityId}' failed: {ex.Message}";
            Status = RunStatus.Faulted;
            return;
        }

        RemoveAllTokens();
        State.Fault = new RunFault
        {
            ActivityId = token.ActivityId,
            Message = ex.Message,
            ExceptionType = ex.GetType().FullName,
            FailedToken = new RunToken { Id = token.Id, ActivityId = token.ActivityId, Attempt = token.Attempt, Loops = token.Loops, Status = TokenStatus.Ready },
        };
        if (State.CompensationStack.Count > 0)
        {
            Status = RunStatus.Compensating;
            AddJournal("compensating", null, $"Compensating {State.CompensationStack.Count} completed step(s) in reverse order");
            NextCompensation();
        }
        else
        {
            Status = RunStatus.Faulted;
        }
    }

    /// <summary>Runs the compensation of the most recently completed step, or ends compensation.</summary>
    public void NextCompensation()
    {
        if (State.CompensationStack.Count == 0)
        {
            State.Fault!.Compensated = true;
            Status = RunStatus.Faulted;
            return;
        }

        var completed = State.CompensationStack[^1];
        State.CompensationStack.RemoveAt(State.CompensationStack.Count - 1);
        var compensation = Plan.Activities[completed].Compensation!;
        var token = NewToken(compensation, []);
        token.Compensating = true;
        State.Tokens.Add(token);
        AddJournal("compensation", compensation, $"Compensating '{completed}' with '{compensation}'");
    }

    /// <summary>End stops every other branch: the run completes.</summary>
    public void EndAllBranches() => RemoveAllTokens();

    public void Cancel()
    {
        foreach (var token in State.Tokens)
        {
            foreach (var id in token.BookmarkIds)
            {
                DeletedBookmarks.Add(id);
            }
        }

        RemoveAllTokens();
        Status = RunStatus.Cancelled;
        AddJournal("cancelled", null, "Run cancelled");
        Emit(new RunCancelled { RunId = RunId, At = Time.GetUtcNow() });
        NotifyParent();
    }

    /// <summary>Decides the status at the end of a pass and queues the matching run event.</summary>
    public void Finish(RunStatus statusAtStart)
    {
        if (Status is RunStatus.Running && State.Tokens.Count == 0)
        {
            Status = RunStatus.Completed;
            AddJournal("completed", null, "Run completed");
            Emit(new RunCompleted { RunId = RunId, Variables = (JsonObject)State.Variables.DeepClone(), At = Time.GetUtcNow() });
            NotifyParent();
        }
        else if (Status is RunStatus.Running && State.Tokens.All(t => t.Status == TokenStatus.Suspended))
        {
            Status = RunStatus.Suspended;
            // From the tokens, not this pass's new bookmarks: a commit mid-pass cleared those, and other branches wait on older ones.
            var waiting = State.Tokens.SelectMany(t => t.Waits ?? []).Distinct(StringComparer.Ordinal).ToList();
            Emit(new RunSuspended { RunId = RunId, WaitingOn = waiting, At = Time.GetUtcNow() });
        }
        else if (Status is RunStatus.Faulted && statusAtStart is not RunStatus.Faulted)
        {
            AddJournal("faulted", State.Fault?.ActivityId, $"Run faulted: {State.Fault?.Message}");
            Emit(new RunFaulted { RunId = RunId, ActivityId = State.Fault?.ActivityId, Error = State.Fault?.Message ?? "unknown", Compensated = State.Fault?.Compensated ?? false, At = Time.GetUtcNow() });
            NotifyParent();
        }
    }

    private void NotifyParent()
    {
        if (Record.ParentRunId is not null)
        {
            ParentNotification = ChildRunWaits.Notification(RunId, Status, State.Variables, State.Fault?.Message);
            DispatchAfterCommit.Add(Record.ParentRunId);
        }
    }

    private void RemoveAllTokens()
    {
        foreach (var token in State.Tokens.ToList())
        {
            if (token.Status == TokenStatus.Suspended)
            {
                foreach (var child in ChildRunsOf(token))
                {
                    // The cancel signal is written in this commit; the dispatch makes the child act on it now.
                    CancelChildren.Add(child);
                    DispatchAfterCommit.Add(child);
                }
            }

            RemoveToken(token);
        }

        State.JoinArrivals.Clear();
        HasChanges = true;
    }

    public const string ChildRunBookmark = "runbook.completed";

    /// <summary>Child runs a RunRunbook token (or a script's calls) waits on, kept in its activity state, to cancel them with the parent.</summary>
    private IEnumerable<string> ChildRunsOf(RunToken token)
    {
        if (!State.ActivityState.TryGetValue(token.ScopeKey, out var s))
        {
            return [];
        }

        var children = s["children"] is JsonArray list ? list.OfType<JsonValue>().Select(c => c.GetValue<string>()) : [];
        return s["childRunId"] is JsonValue v && v.TryGetValue<string>(out var id) ? children.Append(id) : children;
    }
}
