using VCRunbooks.Engine;
using VCRunbooks.Server.Live;

namespace VCRunbooks.Server.Tests.Live;

public sealed class RunEventHubTests
{
    [Fact]
    public void OnCommitted_SubscriberNeverReads_IsCutOffAfterItsQueueWhileOthersGetEveryEvent()
    {
        var hub = new RunEventHub();
        using var slow = hub.Subscribe(null);
        using var fast = hub.Subscribe("run-1");
        var fastSeen = new List<LiveEvent>();

        for (var i = 0; i <= RunEventHub.QueueLength; i++)
        {
            hub.OnCommitted([Event("run-1", i)]);
            while (fast.Reader.TryRead(out var e))
            {
                fastSeen.Add(e);
            }
        }

        // The slow one keeps what fitted, in order, then its stream ends with the overflow flag rather than a gap.
        Assert.True(slow.Overflowed);
        var slowSeen = Drain(slow);
        Assert.Equal(Enumerable.Range(0, RunEventHub.QueueLength).Select(i => $"{i}"), slowSeen.Select(e => e.Payload));
        Assert.True(slow.Reader.Completion.IsCompleted);
        Assert.False(fast.Overflowed);
        Assert.Equal(Enumerable.Range(0, RunEventHub.QueueLength + 1).Select(i => $"{i}"), fastSeen.Select(e => e.Payload));
        Assert.Equal(1, hub.SubscriberCount);
    }

    [Fact]
    public void OnCommitted_RunAndAllRunsSubscribers_EachGetTheirEventsInCommitOrderWithRisingIds()
    {
        var hub = new RunEventHub();
        using var all = hub.Subscribe(null);
        using var one = hub.Subscribe("run-2");

        hub.OnCommitted([Event("run-1", 0), Event("run-1", 1)]);
        hub.OnCommitted([Event("run-2", 0)]);
        hub.OnCommitted([Event("run-1", 2), Event("run-2", 1)]);

        var allSeen = Drain(all);
        Assert.Equal(["run-1/0", "run-1/1", "run-2/0", "run-1/2", "run-2/1"], allSeen.Select(e => $"{e.RunId}/{e.Payload}"));
        Assert.Equal(allSeen.Select(e => e.Id).Order(), allSeen.Select(e => e.Id));
        Assert.Equal(["run-2/0", "run-2/1"], Drain(one).Select(e => $"{e.RunId}/{e.Payload}"));
    }

    [Fact]
    public void Subscription_Disposed_ReceivesNothingMore()
    {
        var hub = new RunEventHub();
        var gone = hub.Subscribe(null);
        gone.Dispose();

        hub.OnCommitted([Event("run-1", 0)]);

        Assert.Empty(Drain(gone));
        Assert.Equal(0, hub.SubscriberCount);
    }

    private static CommittedEvent Event(string runId, int index) => new(runId, "RunProgress", $"{index}", DateTimeOffset.UnixEpoch);

    private static List<LiveEvent> Drain(RunEventHub.Subscription subscription)
    {
        var seen = new List<LiveEvent>();
        while (subscription.Reader.TryRead(out var e))
        {
            seen.Add(e);
        }
        return seen;
    }
}
