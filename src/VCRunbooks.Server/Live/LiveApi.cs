using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using VCRunbooks.Engine;
using VCRunbooks.Server.Auth;

namespace VCRunbooks.Server.Live;

/// <summary>
/// Server-Sent Events. Per run: a <c>state</c> snapshot, its journal so far, then every engine event (named by its
/// Contracts type) followed by the journal lines it produced, ending after the run finishes. For all runs: the
/// engine events of every run, after a <c>connected</c> event.
/// </summary>
internal static class LiveApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
    /// <summary>The last event of a stream whose client fell too far behind (see <see cref="RunEventHub"/>): reconnect for a fresh snapshot.</summary>
    private static readonly SseItem<string> Overflow = new(
        $$"""{"reason":"This client fell more than {{RunEventHub.QueueLength}} events behind; reconnect to continue from a fresh snapshot."}""", "overflow");

    /// <summary>The last event of every stream when the live feed may have lost events (see <see cref="RunEventHub.CutOffAll"/>).</summary>
    private static readonly SseItem<string> FeedInterrupted = new(
        """{"reason":"The live feed was interrupted (message broker reconnected) and may have missed events; reconnect to continue from a fresh snapshot."}""", "overflow");

    private static readonly HashSet<string> Terminal = new(StringComparer.Ordinal) { "RunCompleted", "RunFaulted", "RunCancelled" };

    public static IEndpointRouteBuilder MapLiveApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/runs/{id}/events", async Task<IResult> (string id, IRunbookEngine engine, RunEventHub hub, CancellationToken cancellationToken) =>
            {
                var subscription = hub.Subscribe(id);
                if (await engine.GetRunAsync(id, cancellationToken) is null)
                {
                    subscription.Dispose();
                    return TypedResults.Problem($"No run '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Run not found");
                }
                return TypedResults.ServerSentEvents(RunStream(id, subscription, engine, cancellationToken));
            })
            .WithTags("Live").WithName("StreamRunEvents").WithSummary("Streams one run: state, journal lines and events (text/event-stream).")
            .RequireAuthorization(Policies.Viewer);

        endpoints.MapGet("/api/events", (RunEventHub hub, CancellationToken cancellationToken) =>
                TypedResults.ServerSentEvents(AllStream(hub.Subscribe(null), cancellationToken)))
            .WithTags("Live").WithName("StreamAllEvents").WithSummary("Streams the events of every run (text/event-stream).")
            .RequireAuthorization(Policies.Viewer);

        return endpoints;
    }

    private static async IAsyncEnumerable<SseItem<string>> RunStream(
        string runId, RunEventHub.Subscription subscription, IRunbookEngine engine, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var _ = subscription;
        var state = await engine.GetRunAsync(runId, cancellationToken);
        yield return new SseItem<string>(JsonSerializer.Serialize(state, Json), "state");
        long journalSeq = 0;
        foreach (var line in await engine.GetJournalAsync(runId, 0, cancellationToken))
        {
            journalSeq = line.Seq;
            yield return new SseItem<string>(JsonSerializer.Serialize(line, Json), "journal");
        }
        if (state is null || state.Status is Engine.Runs.RunStatus.Completed or Engine.Runs.RunStatus.Faulted or Engine.Runs.RunStatus.Cancelled)
        {
            yield break;
        }
        await foreach (var e in UntilDisconnected(subscription.Reader, cancellationToken))
        {
            yield return new SseItem<string>(e.Payload, e.Type) { EventId = e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            foreach (var line in await engine.GetJournalAsync(runId, journalSeq, cancellationToken))
            {
                journalSeq = line.Seq;
                yield return new SseItem<string>(JsonSerializer.Serialize(line, Json), "journal");
            }
            if (Terminal.Contains(e.Type))
            {
                yield return new SseItem<string>(JsonSerializer.Serialize(await engine.GetRunAsync(runId, cancellationToken), Json), "state");
                yield break;
            }
        }
        if (subscription.Overflowed)
        {
            yield return subscription.FeedInterrupted ? FeedInterrupted : Overflow;
        }
    }

    private static async IAsyncEnumerable<SseItem<string>> AllStream(RunEventHub.Subscription subscription, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var _ = subscription;
        // Sent at once so clients (and proxies) see the stream open before the first run event.
        yield return new SseItem<string>("{}", "connected");
        await foreach (var e in UntilDisconnected(subscription.Reader, cancellationToken))
        {
            yield return new SseItem<string>(e.Payload, e.Type) { EventId = e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }
        if (subscription.Overflowed)
        {
            yield return subscription.FeedInterrupted ? FeedInterrupted : Overflow;
        }
    }

    /// <summary>The subscription's events until the client goes away, which ends the stream normally rather than as a fault.</summary>
    private static async IAsyncEnumerable<LiveEvent> UntilDisconnected(ChannelReader<LiveEvent> reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                if (!await reader.WaitToReadAsync(cancellationToken))
                {
                    yield break;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                yield break;
            }
            while (reader.TryRead(out var e))
            {
                yield return e;
            }
        }
    }
}
