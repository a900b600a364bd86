using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.GitSync;

/// <summary>Polling runs on the server's clock: a push is picked up when the interval has passed, not before.</summary>
public sealed class GitSyncPollTests
{
    [Fact]
    public async Task Poll_IntervalPasses_NewCommitPublished_NotBefore()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-05T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        using var remote = GitRemote.Create(new Dictionary<string, string> { ["hello.json"] = TestRunbooks.Hello });
        await using var server = await GitSyncHost.StartAsync(remote, ["--Runbooks:Git:PollInterval=00:05:00"], services => services.AddSingleton<TimeProvider>(clock));
        var sync = GitSyncHost.Service(server);
        var pushed = remote.Commit(new Dictionary<string, string> { ["ask.json"] = TestRunbooks.Ask }, "Add ask");
        remote.Push();

        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(1, sync.SyncRequests);

        var before = sync.Status.Syncs;
        clock.Advance(TimeSpan.FromMinutes(1));
        var status = await sync.WaitForSyncAsync(before, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(pushed, status.Commit!.Sha);
        Assert.Equal(["ask"], status.Published);
        Assert.Equal(clock.GetUtcNow(), status.LastSyncAt);
    }
}
