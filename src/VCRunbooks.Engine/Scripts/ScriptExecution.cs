using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.CodeGuard;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine.Scripts;

/// <summary>
/// One pass of a script run, durable by replay. The script runs again from its first line; every call it makes gets a
/// task that this execution resolves, one at a time, on its own thread. First come the results the run recorded, in
/// the order they were handed to the script before, so its branches take the same turns and make the same calls;
/// a call that differs from the recorded one stops the run as a non-deterministic change. Then it goes on live: each
/// call executes its activity, is journaled with its result (and committed, when it has side effects) before the
/// script sees it, so a crash never repeats a recorded effect. When every open call waits (a timer, a question, an
/// event, a retry), the script's step suspends on all their waits and the next pass replays again.
/// </summary>
internal sealed class ScriptExecution
{
    private readonly RunSession _session;
    private readonly RunToken _token;
    private readonly CompiledScript _script;
    private readonly ScriptApi _api;
    private readonly ScriptCallRunner _runner;
    private readonly CodeLimits _limits;
    private readonly ILogger _logger;
    private readonly CancellationToken _cancellationToken;
    private readonly JsonArray _calls;
    private readonly JsonArray _order;
    private readonly List<Issued> _issued = [];
    private readonly Dictionary<int, Resumption> _resumed = [];
    private readonly ScriptSynchronizationContext _sync = new();
    private readonly long _startedAtMs;
    private readonly bool _firstPass;
    private Task _scriptTask = Task.CompletedTask;
    private int _line;
    private bool _live;
    private long _sliceAtMs;
    private int _guids;
    private RunRandom? _random;
    private CodeBudget _budget;
    private Exception? _fault;
    private int _faultLine;

    public ScriptExecution(
        RunSession session, RunToken token, CompiledScript script, ScriptApi api, ScriptCallRunner runner,
        CodeLimits limits, ILogger logger, CancellationToken cancellationToken)
    {
        _session = session;
        _token = token;
        _script = script;
        _api = api;
        _runner = runner;
        _limits = limits;
        _logger = logger;
        _cancellationToken = cancellationToken;
        var state = session.StateFor(token);
        _firstPass = state["startedAt"] is null;
        if (_firstPass)
        {
            state["startedAt"] = session.NowMs;
            state["hash"] = script.Hash;
        }

        _startedAtMs = (long)state["startedAt"]!;
        _calls = state["calls"] as JsonArray ?? (JsonArray)(state["calls"] = new JsonArray());
        _order = state["order"] as JsonArray ?? (JsonArray)(state["order"] = new JsonArray());
        _budget = NewBudget();
    }

    public CodeBudget Budget => _budget;

    public DateTimeOffset Now => DateTimeOffset.FromUnixTimeMilliseconds(_sliceAtMs);

    public string RunId => _session.RunId;

    public RunRandom Random => _random ??= new RunRandom(BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes("random:" + _session.RunId)), 0));

    /// <summary>Replays the recorded calls, then goes on live until the script ends or every open call waits.</summary>
    public async Task<ActivityResult> RunAsync(IReadOnlyList<Resumption> resumptions)
    {
        MatchResumptions(resumptions);
        _sliceAtMs = _startedAtMs;
        _live = _firstPass;
        Slice(() => _scriptTask = _script.Start());

        foreach (var node in _order.ToList())
        {
            var seq = (int)node!;
            if (_scriptTask.IsCompleted)
            {
                throw ScriptFailedException.NonDeterministic($"the run recorded {Recorded(seq).Describe()} but the script now ends at line {_line} without making it");
            }

            if (seq > _issued.Count)
            {
                throw ScriptFailedException.NonDeterministic($"the run recorded {Recorded(seq).Describe()} next, but the script now waits at line {_line} without making it");
            }

            Deliver(_issued[seq - 1], live: false);
        }

        while (!_scriptTask.IsCompleted && _issued.FirstOrDefault(IsReady) is { } next)
        {
            await ExecuteLiveAsync(next);
        }

        if (_scriptTask.IsFaulted)
        {
            var error = _scriptTask.Exception!.InnerExceptions[0];
            var at = error is ActivityFailedException failed ? failed.Line : _faultLine;
            throw new ScriptFailedException($"The script {_script.File} failed at line {at}: {error.Message}", error);
        }

        if (_scriptTask.IsCompleted)
        {
            _session.AddJournal("script-completed", null, $"Script {_script.File} completed after {_calls.Count} call(s)");
            return ActivityResult.Done;
        }

        var waits = _issued.Where(c => !c.Resolved).SelectMany(c => c.Call.Bookmarks).ToArray();
        if (waits.Length == 0)
        {
            throw new ScriptFailedException($"The script {_script.File} waits at line {_line} on something that can never finish (only the script API's calls can be awaited)");
        }

        return ActivityResult.Suspend(waits);
    }

    public void At(int at)
    {
        _line = at;
        _budget.Step();
    }

    public T Input<T>(string name) =>
        ValueTypes.TryConvert(_session.State.Inputs[name], typeof(T), out var value, out var error)
            ? (T)value!
            : throw new InvalidOperationException($"Input '{name}' is not a {typeof(T).Name}: {error}");

    public Guid NewGuid()
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"guid:{_session.RunId}:{_guids++}")));
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes.AsSpan(0, 16));
    }

    public void Log(string message)
    {
        // A slice that ran in an earlier pass logged then; its lines are in the journal already.
        if (_live)
        {
            _session.AddJournal("log", LineId, message ?? string.Empty, new JsonObject { ["level"] = nameof(LogLevel.Information), ["line"] = _line });
        }
    }

    public void Output(string name, object? value)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("An output needs a name.", nameof(name));
        }

        var node = ValueTypes.ToNode(value);
        if (_live)
        {
            _session.SetVariable(name, node);
        }
        else
        {
            _session.State.Variables[name] = node;
        }
    }

    public Task<T> Call<T>(string activityType, object?[] arguments, CallPolicy? policy, Func<JsonObject, T> read)
    {
        var seq = _issued.Count + 1;
        if (!_api.Activities.TryGetValue(activityType, out var activity))
        {
            return Refuse<T>(new InvalidOperationException($"No activity '{activityType}' is registered any more (line {_line})."));
        }

        ScriptCall call;
        if (seq <= _calls.Count)
        {
            call = Recorded(seq);
            if (call.Type != activityType)
            {
                return Refuse<T>(ScriptFailedException.NonDeterministic(
                    $"at line {_line} the script now calls {activityType}, but the run recorded {call.Describe()} there"));
            }
        }
        else
        {
            call = ScriptCall.Create(seq, activityType, _line);
            _calls.Add(call.Record);
            _session.HasChanges = true;
        }

        var completion = new TaskCompletionSource<T>();
        _issued.Add(new Issued(call, activity, arguments, policy, result => completion.TrySetResult(read(result)), error => completion.TrySetException(error)));
        return completion.Task;
    }

    private string LineId => string.Create(CultureInfo.InvariantCulture, $"L{_line}");

    private ScriptCall Recorded(int seq) => new((JsonObject)_calls[seq - 1]!);

    private bool IsReady(Issued call) =>
        !call.Resolved && (call.Call.Status == ScriptCall.Pending || (call.Call.Status == ScriptCall.Waiting && _resumed.ContainsKey(call.Call.Seq)));

    /// <summary>The fired bookmarks of this pass, each given to the waiting call it belongs to.</summary>
    private void MatchResumptions(IReadOnlyList<Resumption> resumptions)
    {
        foreach (var fired in resumptions)
        {
            foreach (var node in _calls)
            {
                var call = new ScriptCall((JsonObject)node!);
                if (call.Status == ScriptCall.Waiting && !_resumed.ContainsKey(call.Seq) && call.Match(fired) is { } resumption)
                {
                    _resumed[call.Seq] = resumption;
                    break;
                }
            }
        }
    }

    private async Task ExecuteLiveAsync(Issued next)
    {
        var call = next.Call;
        _resumed.Remove(call.Seq, out var resumption);
        var policy = next.Policy;
        ScriptCallOutcome outcome;
        if (resumption is { Name: TokenExecutor.RetryBookmark })
        {
            resumption = null;
        }

        if (resumption is { Name: TokenExecutor.TimeoutBookmark })
        {
            outcome = new ScriptCallOutcome(null, null, new TimeoutException($"{call.Type} timed out after {policy?.Timeout}."));
        }
        else
        {
            outcome = await _runner.ExecuteAsync(_session, _token, call, next.Activity, next.Arguments, policy, resumption, _cancellationToken);
        }

        if (outcome.Waits is { } waits)
        {
            call.Wait(waits);
            _session.HasChanges = true;
            if (_session.State.ActivityState.TryGetValue(call.Id, out var own) && own["childRunId"] is JsonValue child)
            {
                // Kept on the script's step, so cancelling the run cancels the child runs its calls wait on.
                var children = _session.StateFor(_token)["children"] as JsonArray ?? (JsonArray)(_session.StateFor(_token)["children"] = new JsonArray());
                children.Add(child.DeepClone());
            }

            return;
        }

        if (outcome.Error is { } error)
        {
            if (policy is { } p && call.Attempt < p.Attempts && _runner.IsTransient(error, p))
            {
                var retry = new RetrySettings { MaxAttempts = p.Attempts, InitialDelay = p.RetryDelay, BackoffMultiplier = p.BackoffMultiplier, MaxDelay = p.MaxRetryDelay };
                var retryAt = _session.Time.GetUtcNow() + Backoff.Delay(retry, call.Attempt, $"{_session.RunId}:{call.Id}");
                _runner.Failed(_session, call, call.Type, error, retryAt);
                call.Attempt++;
                call.StartedAtMs = null;
                call.Wait([BookmarkRequest.Timer(retryAt, TokenExecutor.RetryBookmark)]);
                return;
            }

            _runner.Failed(_session, call, call.Type, error, null);
            call.Error = error.Message;
            call.Resolve(ScriptCall.Failed, _session.NowMs);
        }
        else
        {
            call.Result = outcome.Result;
            call.Resolve(ScriptCall.Done, _session.NowMs);
        }

        _order.Add(call.Seq);
        _session.HasChanges = true;
        Deliver(next, live: true);
        if (!next.Activity.Descriptor.Traits.HasFlag(ActivityTraits.Pure) && _session.NewChildRuns.Count == 0 && _session.Checkpoint is { } checkpoint)
        {
            // Committed (with what the script did on seeing it) before any further call executes: a crash after this
            // point replays the result, never repeats the effect. A child run started in this pass waits for the
            // suspension's commit instead, so its completion always finds the wait for it.
            try
            {
                await checkpoint(_cancellationToken);
            }
            catch (Exception ex) when (!_cancellationToken.IsCancellationRequested)
            {
                throw new ScriptCheckpointException(ex);
            }
        }
    }

    /// <summary>Hands a resolved call's result (or error) to the script and runs the script until it waits again.</summary>
    private void Deliver(Issued target, bool live)
    {
        var call = target.Call;
        target.Resolved = true;
        _sliceAtMs = call.AtMs;
        _live = live;
        if (call.Status == ScriptCall.Done)
        {
            // The generated reader copies what it takes (values converted, JSON outputs cloned): the record stays as journaled.
            var result = call.Result!;
            Slice(() => target.Complete(result));
        }
        else
        {
            var error = new ActivityFailedException(call.Type, call.Line, call.Error ?? "failed");
            Slice(() => target.Fail(error));
        }
    }

    /// <summary>Runs script code (a start, or continuations) on this thread with the script's context, then checks what it left.</summary>
    private void Slice(Action begin)
    {
        var previous = SynchronizationContext.Current;
        _budget = NewBudget();
        ScriptRuntime.Current = this;
        SynchronizationContext.SetSynchronizationContext(_sync);
        try
        {
            begin();
            NoteFault();
            _sync.RunAll(NoteFault);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
            ScriptRuntime.Current = null;
        }

        if (_fault is not null)
        {
            throw _fault is ScriptFailedException ? _fault : new ScriptFailedException($"The script {_script.File} failed at line {_line}: {_fault.Message}", _fault);
        }

        if (_budget.Exceeded)
        {
            throw new ScriptFailedException($"The script {_script.File} at line {_line} exceeded its budget ({_limits.Time.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms and {(_limits.MemoryBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)} MB of work between two calls, no deeper recursion than the stack allows)");
        }
    }

    private void NoteFault()
    {
        if (_faultLine == 0 && _scriptTask.IsFaulted)
        {
            _faultLine = _line;
        }
    }

    /// <summary>A refusal the script cannot catch away: the run faults with it after the current slice.</summary>
    private Task<T> Refuse<T>(Exception error)
    {
        _fault ??= error;
        _logger.LogWarning(error, "Script {File} of run {RunId} stopped at line {Line}", _script.File, _session.RunId, _line);
        return Task.FromException<T>(error);
    }

    private CodeBudget NewBudget() => new(_limits, $"The script {_script.File}", _cancellationToken);

    private sealed class Issued(ScriptCall call, ScriptActivity activity, object?[] arguments, CallPolicy? policy, Action<JsonObject> complete, Action<Exception> fail)
    {
        public ScriptCall Call { get; } = call;
        public ScriptActivity Activity { get; } = activity;
        public object?[] Arguments { get; } = arguments;
        public CallPolicy? Policy { get; } = policy;
        public Action<JsonObject> Complete { get; } = complete;
        public Action<Exception> Fail { get; } = fail;
        public bool Resolved { get; set; }
    }
}
