using Microsoft.Extensions.Options;

namespace VCRunbooks.Server.GitSync;

/// <summary>
/// Runs the syncs: one once the server has started, one every poll interval (on the server's <see cref="TimeProvider"/>),
/// and one soon after each webhook or request; requests arriving during a sync merge into the next one.
/// </summary>
internal sealed class GitSyncWorker(GitSyncService sync, IOptions<GitSyncOptions> options, TimeProvider time, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Created before the first await, so a poll interval counts from the start whatever the first sync takes.
        var interval = options.Value.PollInterval;
        using var poll = interval > TimeSpan.Zero ? time.CreateTimer(_ => sync.RequestPoll(), null, interval, interval) : null;
        await WhenStartedAsync(stoppingToken);
        // Counted as a poll: nodes starting together leave it to the first.
        sync.RequestPoll();
        await foreach (var _ in sync.Requests.ReadAllAsync(stoppingToken))
        {
            await sync.SyncAsync(poll: !sync.TakeForced(), stoppingToken);
        }
    }

    /// <summary>Every other service (the schema, the engine) is up before the first sync publishes anything.</summary>
    private async Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
    }
}
