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

    /// <summary>The id of the run this step belongs to.</summary>
    public string RunId => _session.RunId;
    /// <summary>The activity's id in the definition (without loop indexes; see <see cref="StepKey"/> for the step inside a ForEach).</summary>
    public string ActivityId => _token.ActivityId;
    /// <summary>The activity's type name as the definition and the catalog spell it.</summary>
    public string ActivityType { get; }
    /// <summary>The attempt number, 1 for the first; a retry after a fault (by the retry policy or <c>RetryAsync</c>) increments it and so changes <see cref="IdempotencyKey"/>; a re-execution after a crash or a resumption does not.</summary>
    public int Attempt => _token.Attempt;

    /// <summary>Stable across re-executions of the same attempt (after a crash): run, activity (with loop indexes) and attempt.</summary>
    public string IdempotencyKey => $"{_session.RunId}:{_token.ScopeKey}:{_token.Attempt}";

    /// <summary>Stable across every attempt of this step, for effects that must happen once whatever the retries.</summary>
    public string StepKey => $"{_session.RunId}:{_token.ScopeKey}";

    /// <summary>Lines logged here are written to the run's journal (and to the host's log).</summary>
    public ILogger Logger { get; }

    /// <summary>Fires when the run is cancelled, the activity's timeout passes, or the engine stops or loses the run's lease; pass it to every call the activity makes.</summary>
    public CancellationToken CancellationToken { get; }
    /// <summary>The engine's clock (<c>EngineOptions.TimeProvider</c>); read the time from it, never from <c>DateTimeOffset.UtcNow</c>, so tests and timers agree.</summary>
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

    /// <summary>The current ForEach iteration's zero-based index, or null outside a loop body.</summary>
    public int? Index => _token.Loops.Count == 0 ? null : _token.Loops[^1].Index;

    /// <summary>The run's inputs as validated and defaulted at start; treat them as read-only.</summary>
    public JsonObject RunInputs => _session.State.Inputs;

    /// <summary>The variable's current value as JSON: null when it is unset or set to null. The node is the run's own; do not change it.</summary>
    public JsonNode? GetVariable(string name) => _session.State.Variables[name];

    /// <summary>The variable's current value converted to <typeparamref name="T"/> (null or default when unset and <typeparamref name="T"/> allows null).</summary>
    /// <exception cref="InvalidOperationException">The value is not a <typeparamref name="T"/>, or it is unset and <typeparamref name="T"/> is a non-nullable value type.</exception>
    public T? GetVariable<T>(string name) =>
        ValueTypes.TryConvert(GetVariable(name), typeof(T), out var v, out var error)
            ? (T?)v
            : throw new InvalidOperationException($"Variable '{name}' is not a {typeof(T).Name}: {error}");

    /// <summary>
    /// Sets a runbook variable, serialised to JSON (enums by name); committed with the run's next commit and journaled with its value,
    /// so never put a secret in a variable.
    /// </summary>
    public void SetVariable(string name, object? value) => _session.SetVariable(name, ValueTypes.ToNode(value));

    /// <summary>An earlier activity's output as a copy of its JSON; null when that activity has not completed or did not set it.</summary>
    public JsonNode? GetOutput(string activityId, string name) =>
        _session.State.Outputs.TryGetValue(activityId, out var o) ? o[name]?.DeepClone() : null;

    /// <summary>True when a ForEach body token came back to its loop (used by ForEach).</summary>
    internal bool LoopReturned { get; init; }

    /// <summary>Suspends on a durable timer: the step executes again at <paramref name="dueAt"/> (or, if that is already past, as soon as the suspension is committed) with a timer <see cref="Resumption"/>; the timer survives restarts.</summary>
    public ActivityResult SuspendUntil(DateTimeOffset dueAt) => ActivityResult.Suspend(BookmarkRequest.Timer(dueAt));

    /// <summary>Suspends on a durable timer due <paramref name="delay"/> from now on <see cref="Time"/>; <see cref="TimeSpan.Zero"/> commits first and resumes straight after (see <see cref="MarkThenContinue{T}"/>).</summary>
    public ActivityResult SuspendFor(TimeSpan delay) => SuspendUntil(Time.GetUtcNow() + delay);

    /// <summary>
    /// Suspends until <c>RaiseEventAsync(name, correlationKey, payload)</c>; the step executes again with the payload in
    /// <see cref="Resumption"/>. An event raised before the wait is committed is kept pending and taken by it.
    /// </summary>
    public ActivityResult WaitForEvent(string name, string correlationKey) => ActivityResult.Suspend(BookmarkRequest.Event(name, correlationKey));

    /// <summary>Queues an event (a Contracts record) for the outbox, serialised and written in the next commit: don't change it afterwards.</summary>
    internal void Emit(object message) => _session.Emit(message);

    /// <summary>Creates a child run in the same commit as this activity's suspension; returns its id.</summary>
    internal ValueTask<string> StartChildRunAsync(string definitionId, int? version, JsonObject? inputs) =>
        _session.StartChildRunAsync(definitionId, version, inputs, _token, CancellationToken);
}
