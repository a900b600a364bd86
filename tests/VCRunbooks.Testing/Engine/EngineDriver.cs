using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Engine.Testing;
using Xunit;

namespace VCRunbooks.Testing.Engine;

/// <summary>
/// Steps one engine whose clock the test drives, without sleeping: waits for its dispatcher to go idle, moves the
/// clock and lets the due timers fire, drives a run until it settles, reads its journal.
/// </summary>
/// <param name="services">The engine's container (AddRunbookEngine).</param>
/// <param name="advanceClock">Moves the engine's clock (a FakeTimeProvider's or a VirtualClock's Advance).</param>
/// <param name="patience">How long, in real time, a pass may take before the test fails instead of hanging.</param>
public sealed class EngineDriver(IServiceProvider services, Action<TimeSpan> advanceClock, TimeSpan patience)
{
    /// <summary>The step <see cref="DriveAsync"/> and <see cref="DriveUntilAsync"/> move time by unless told otherwise.</summary>
    public static readonly TimeSpan DefaultStep = TimeSpan.FromSeconds(15);

    public IRunbookEngine Engine => services.GetRequiredService<IRunbookEngine>();

    public IEngineTestHooks Hooks => services.GetRequiredService<IEngineTestHooks>();

    /// <summary>Completes when nothing is queued or executing; fails the test after the patience.</summary>
    public Task IdleAsync() => Hooks.WhenIdleAsync(CancellationToken.None).WaitAsync(patience);

    /// <summary>Moves time, lets the poller dispatch what is due and waits for the passes (or for <paramref name="orUntil"/>, when a pass is meant to hang).</summary>
    public async Task AdvanceAsync(TimeSpan by, Task? orUntil = null)
    {
        advanceClock(by);
        if (orUntil is not null)
        {
            await Hooks.PollTimersAsync(CancellationToken.None);
            await Task.WhenAny(IdleAsync(), orUntil);
            return;
        }

        // A pass may set a timer due at once (mark, then act), and the poller's own tick for it can still be on its way
        // when the engine goes idle. A poll waits for a tick in flight and dispatches what is due, so poll and wait
        // again until a poll finds nothing left due and the passes it waited for are done.
        int dispatched;
        do
        {
            dispatched = await Hooks.PollTimersAsync(CancellationToken.None);
            await IdleAsync();
        }
        while (dispatched > 0);
    }

    /// <summary>Moves time in steps until the run finished or waits on an event (a question); returns it then.</summary>
    public async Task<RunDetails> DriveAsync(string runId, TimeSpan? step = null, int maxSteps = 3000)
    {
        for (var i = 0; i < maxSteps; i++)
        {
            await IdleAsync();
            var run = (await Engine.GetRunAsync(runId))!;
            if (run.Status is RunStatus.Completed or RunStatus.Faulted or RunStatus.Cancelled
                || (run.Status == RunStatus.Suspended && run.Waiting.Any(w => w.DueAt is null)))
            {
                return run;
            }

            await AdvanceAsync(step ?? DefaultStep);
        }

        throw new TimeoutException($"Run {runId} did not settle within {maxSteps} steps.");
    }

    /// <summary>Moves time until <paramref name="reached"/> holds (checked after every step).</summary>
    public async Task DriveUntilAsync(Func<bool> reached, TimeSpan? step = null, int maxSteps = 3000, Task? orUntil = null)
    {
        for (var i = 0; i < maxSteps && !reached(); i++)
        {
            await AdvanceAsync(step ?? DefaultStep, orUntil);
        }

        Assert.True(reached(), "the awaited condition never held");
    }

    /// <summary>The whole journal, read page by page.</summary>
    public async Task<IReadOnlyList<JournalEntry>> JournalAsync(string runId)
    {
        var all = new List<JournalEntry>();
        while (true)
        {
            var page = await Engine.GetJournalAsync(runId, all.Count == 0 ? 0 : all[^1].Seq);
            if (page.Count == 0)
            {
                return all;
            }

            all.AddRange(page);
        }
    }

    /// <summary>The journal as one line per entry: kind, activity, message.</summary>
    public async Task<string> JournalTextAsync(string runId) =>
        string.Join("\n", (await JournalAsync(runId)).Select(e => $"{e.Kind} {e.ActivityId}: {e.Message}"));
}
