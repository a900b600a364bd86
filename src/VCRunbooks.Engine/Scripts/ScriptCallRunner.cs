using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VCRunbooks.Contracts.Runs;
using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Runs;
using Activity = VCRunbooks.Engine.Activities.Activity;

namespace VCRunbooks.Engine.Scripts;

/// <summary>
/// Executes one activity a script called, as the runner executes a flowchart step: the activity resolved through
/// DI, its inputs from the call's arguments, a context whose step id is the call's (so idempotency keys and question
/// ids are stable across replays), its journal lines, events and timeout. Returns its result, waits or error.
/// </summary>
internal sealed class ScriptCallRunner(RunServices services)
{
    private static readonly ConcurrentDictionary<Type, ILogger> Loggers = new();

    public async Task<ScriptCallOutcome> ExecuteAsync(
        RunSession session, RunToken scriptToken, ScriptCall call, ScriptActivity activity, object?[] arguments, CallPolicy? policy,
        Resumption? resumption, CancellationToken runCancellation)
    {
        var descriptor = activity.Descriptor;
        var token = new RunToken { Id = scriptToken.Id, ActivityId = call.Id, Attempt = call.Attempt, Resume = resumption, Status = TokenStatus.Ready };
        if (call.StartedAtMs is null)
        {
            call.StartedAtMs = session.NowMs;
            if (services.Options.PublishActivityEvents)
            {
                session.Emit(new ActivityStarted { RunId = session.RunId, ActivityId = call.Id, ActivityType = descriptor.Type, Attempt = call.Attempt, At = session.Time.GetUtcNow() });
            }
        }

        try
        {
            if (policy?.Timeout is { } limit && session.NowMs >= call.StartedAtMs + (long)limit.TotalMilliseconds)
            {
                throw new TimeoutException($"{descriptor.Type} timed out after {limit}.");
            }

            var instance = (Activity)ActivatorUtilities.GetServiceOrCreateInstance(services.Services, descriptor.ClrType);
            Bind(instance, activity, arguments);
            using var timeout = policy?.Timeout is { } t
                ? new CancellationTokenSource(TimeSpan.FromMilliseconds(Math.Max(1, call.StartedAtMs!.Value + (long)t.TotalMilliseconds - session.NowMs)), session.Time)
                : null;
            using var linked = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(runCancellation, timeout.Token);
            var logger = new JournalLogger(session, call.Id, Loggers.GetOrAdd(descriptor.ClrType, services.Loggers.CreateLogger));
            var context = new ActivityContext(session, token, descriptor.Type, logger, linked?.Token ?? runCancellation);
            ActivityResult result;
            try
            {
                result = await instance.ExecuteAsync(context);
            }
            catch (OperationCanceledException) when (timeout is { IsCancellationRequested: true } && !runCancellation.IsCancellationRequested)
            {
                throw new TimeoutException($"{descriptor.Type} timed out after {policy!.Timeout}.");
            }

            if (result.IsSuspended)
            {
                var waits = result.Bookmarks.ToList();
                if (policy?.Timeout is { } limitAt)
                {
                    waits.Add(BookmarkRequest.Timer(DateTimeOffset.FromUnixTimeMilliseconds(call.StartedAtMs!.Value + (long)limitAt.TotalMilliseconds), TokenExecutor.TimeoutBookmark));
                }

                session.AddJournal("activity-suspended", call.Id, $"{descriptor.Type} (line {call.Line}) waiting on {string.Join(", ", result.Bookmarks.Select(Describe))}");
                return new ScriptCallOutcome(null, waits, null);
            }

            var outputs = InputBinder.ReadOutputs(instance, descriptor);
            outputs[ScriptCall.OutcomeKey] = result.Outcomes.Count > 0 ? result.Outcomes[0] : "Done";
            session.State.ActivityState.Remove(token.ScopeKey);
            session.AddJournal("activity-completed", call.Id, $"{descriptor.Type} (line {call.Line}) completed (attempt {call.Attempt}): {string.Join(", ", result.Outcomes)}",
                new JsonObject { ["line"] = call.Line, ["call"] = call.Seq });
            if (services.Options.PublishActivityEvents)
            {
                session.Emit(new ActivityCompleted { RunId = session.RunId, ActivityId = call.Id, ActivityType = descriptor.Type, Outcomes = result.Outcomes, At = session.Time.GetUtcNow() });
            }

            return new ScriptCallOutcome(outputs, null, null);
        }
        catch (Exception ex) when (!runCancellation.IsCancellationRequested)
        {
            session.State.ActivityState.Remove(token.ScopeKey);
            return new ScriptCallOutcome(null, null, ex);
        }
    }

    /// <summary>Journals and announces a failed attempt; the caller decides whether it retries.</summary>
    public void Failed(RunSession session, ScriptCall call, string type, Exception error, DateTimeOffset? retryAt)
    {
        session.AddJournal("activity-faulted", call.Id, $"{type} (line {call.Line}) failed on attempt {call.Attempt}: {error.Message}" + (retryAt is { } at ? $"; retrying at {at:O}" : string.Empty),
            new JsonObject { ["line"] = call.Line, ["call"] = call.Seq });
        session.Emit(new ActivityFaulted
        {
            RunId = session.RunId,
            ActivityId = call.Id,
            ActivityType = type,
            Attempt = call.Attempt,
            Error = error.Message,
            WillRetry = retryAt is not null,
            RetryAt = retryAt,
            At = session.Time.GetUtcNow(),
        });
    }

    public bool IsTransient(Exception error, CallPolicy policy) => policy.RetryAllErrors || services.Options.IsTransient(error);

    private static void Bind(Activity instance, ScriptActivity activity, object?[] arguments)
    {
        for (var i = 0; i < activity.Parameters.Count && i < arguments.Length; i++)
        {
            if (arguments[i] is not { } value)
            {
                continue;
            }

            var input = activity.Parameters[i];
            var type = input.Property.PropertyType;
            if (!type.IsInstanceOfType(value) && !(Nullable.GetUnderlyingType(type) is { } inner && inner.IsInstanceOfType(value)))
            {
                value = ValueTypes.TryConvert(ValueTypes.ToNode(value), type, out var converted, out var error)
                    ? converted
                    : throw new InvalidOperationException($"Input '{input.Name}' has the wrong type: {error}.");
            }

            input.Property.SetValue(instance, value);
        }
    }

    private static string Describe(BookmarkRequest b) =>
        b.IsTimer ? $"timer due {b.DueAt:O}" : $"event {b.Name} ({b.CorrelationKey})";
}
