using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine.Activities;

/// <summary>What an executing activity sees of its run: variables, outputs, its journal logger, time, and how to suspend.</summary>
public sealed partial class ActivityContext
{
    private readonly RunSession _session;
    private readonly RunToken _token;

    internal ActivityContext(RunSession session, RunToken token, string activityType, ILogger logger, CancellationToken cancellationToken)
    {
        _session = session;
        _token = token;
        ActivityType = activityType;
        Logger = logger;
        CancellationToken = cancellationToken;
    }

    public string RunId => _session.RunId;
    public string ActivityId => _token.ActivityId;
    public string ActivityType { get; }
    public int Attempt => _token.Attempt;

    /// <summary>Stable across re-executions of the same attempt (after a crash): run, activity (with loop indexes) and attempt.</summary>
    public string IdempotencyKey => $"{_session.RunId}:{_token.ScopeKey}:{_token.Attempt}";

    /// <summary>Stable across every attempt of this step, for effects that must happen once whatever the retries.</summary>
    public string StepKey => $"{_session.RunId}:{_token.ScopeKey}";

    /// <summary>Lines logged here are written to the run's journal (and to the host's log).</summary>
    public ILogger Logger { get; }

    public CancellationToken CancellationToken { get; }
    public TimeProvider Time => _session.Time;

    /// <summary>Set when the activity runs again because one of its bookmarks fired.</summary>
    public Resumption? Resumption => _token.Resume;

    /// <summary>Every bookmark of this step that fired for this execution (a script waits on several at once).</summary>
    internal IReadOnlyList<Resumption> Resumptions => _token.Resume is null ? [] : [_token.Resume, .. _token.MoreResumes ?? []];

    internal RunSession Session => _session;

    internal RunToken Token => _token;

    /// <summary>The activity's own durable state, kept across suspensions of this step.</summary>
    public JsonObject State => _session.StateFor(_token);

    /// <summary>
    /// The step's durable state read as <typeparamref name="T"/> (camelCase JSON properties; a new
    /// <typeparamref name="T"/> on the step's first execution). Changes count once written back with
    /// <see cref="SetState{T}"/> or <see cref="MarkThenContinue{T}"/>.
    /// </summary>
    public T GetState<T>() where T : new() => State.Count == 0 ? new T() : State.Deserialize<T>(StepStateJson.Options) ?? new T();

    /// <summary>Writes the step's durable state (committed with the step's next suspension or completion); a null property removes its key.</summary>
    public void SetState<T>(T state)
    {
        var target = State;
        foreach (var (key, value) in JsonSerializer.SerializeToNode(state, StepStateJson.Options)!.AsObject())
        {
            if (value is null)
            {
                target.Remove(key);
            }
            else
            {
                target[key] = value.DeepClone();
            }
        }

        _session.HasChanges = true;
    }

    /// <summary>
    /// Mark, then act: records <paramref name="state"/> and suspends for no time, so the mark is committed before
    /// the step executes again and performs the side effect it guards. A crash in between re-executes the step with
    /// the mark in place (find the effect's result, or start it); a crash before it repeats only the read-only work.
    /// </summary>
    public ActivityResult MarkThenContinue<T>(T state)
    {
        SetState(state);
        return SuspendFor(TimeSpan.Zero);
    }

    /// <summary>The current ForEach item and index, when inside a loop body.</summary>
    public JsonNode? Item => _token.Loops.Count == 0 ? null : _token.Loops[^1].Item;

    public int? Index => _token.Loops.Count == 0 ? null : _token.Loops[^1].Index;

    public JsonObject RunInputs => _session.State.Inputs;

    public JsonNode? GetVariable(string name) => _session.State.Variables[name];

    public T? GetVariable<T>(string name) =>
        ValueTypes.TryConvert(GetVariable(name), typeof(T), out var v, out var error)
            ? (T?)v
            : throw new InvalidOperationException($"Variable '{name}' is not a {typeof(T).Name}: {error}");

    public void SetVariable(string name, object? value) => _session.SetVariable(name, ValueTypes.ToNode(value));

    public JsonNode? GetOutput(string activityId, string name) =>
        _session.State.Outputs.TryGetValue(activityId, out var o) ? o[name]?.DeepClone() : null;

    /// <summary>True when a ForEach body token came back to its loop (used by ForEach).</summary>
    internal bool LoopReturned { get; init; }

    public ActivityResult SuspendUntil(DateTimeOffset dueAt) => ActivityResult.Suspend(BookmarkRequest.Timer(dueAt));

    public ActivityResult SuspendFor(TimeSpan delay) => SuspendUntil(Time.GetUtcNow() + delay);

    public ActivityResult WaitForEvent(string name, string correlationKey) => ActivityResult.Suspend(BookmarkRequest.Event(name, correlationKey));

    /// <summary>Queues an event (a Contracts record) for the outbox, serialised and written in the next commit: don't change it afterwards.</summary>
    internal void Emit(object message) => _session.Emit(message);

    /// <summary>Creates a child run in the same commit as this activity's suspension; returns its id.</summary>
    internal ValueTask<string> StartChildRunAsync(string definitionId, int? version, JsonObject? inputs) =>
        _session.StartChildRunAsync(definitionId, version, inputs, _token, CancellationToken);
}
