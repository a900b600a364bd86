using Microsoft.Extensions.Logging;
using VCRunbooks.VCenter.Client.Errors;

namespace VCRunbooks.VCenter.Client.Waiting;

/// <summary>
/// Polls an operation's state until it is terminal: backoff between reads, transient read failures tolerated
/// (services restart during installs and restores), progress reported when it changes, a timeout, cancellation.
/// </summary>
public sealed partial class Poller(TimeProvider timeProvider, ILogger logger)
{
    /// <summary>Reads <paramref name="read"/> until <paramref name="isTerminal"/>; returns the terminal state.</summary>
    /// <param name="what">Names the operation in logs and errors, e.g. "backup job 20260105-080000".</param>
    /// <param name="read">Reads the current state; transient failures are logged and read again at the next poll.</param>
    /// <param name="isTerminal">True for a state that ends the wait.</param>
    /// <param name="policy">The backoff between reads and the timeout.</param>
    /// <param name="progressKey">What counts as a change worth reporting (e.g. state and percent); null reports every read.</param>
    /// <param name="progress">Told each state whose <paramref name="progressKey"/> changed; null for none.</param>
    /// <param name="cancellationToken">Stops the wait.</param>
    /// <exception cref="VCenterWaitTimeoutException">No terminal state within <see cref="WaitPolicy.Timeout"/>.</exception>
    public async Task<T> UntilAsync<T>(
        string what,
        Func<CancellationToken, Task<T>> read,
        Func<T, bool> isTerminal,
        WaitPolicy policy,
        Func<T, object?>? progressKey = null,
        IProgress<T>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(isTerminal);
        ArgumentNullException.ThrowIfNull(policy);
        policy.Validate(nameof(policy));

        var deadline = timeProvider.GetUtcNow() + policy.Timeout;
        var attempt = 0;
        var hasState = false;
        T last = default!;
        object? lastKey = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var state = await read(cancellationToken);
                var key = progressKey is null ? state : progressKey(state);
                if (!hasState || !Equals(key, lastKey))
                {
                    progress?.Report(state);
                }
                (last, lastKey, hasState) = (state, key, true);
                if (isTerminal(state))
                {
                    LogFinished(logger, what, attempt + 1);
                    return state;
                }
            }
            catch (VCenterException ex) when (ex.IsTransient)
            {
                LogTransient(logger, what, ex.Message);
            }

            var remaining = deadline - timeProvider.GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                throw new VCenterWaitTimeoutException($"Gave up waiting for {what} after {policy.Timeout}.", hasState ? last : null);
            }
            var pause = policy.Backoff.DelayFor(attempt++);
            await Task.Delay(pause < remaining ? pause : remaining, timeProvider, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Waited for {Operation}: terminal after {Reads} reads")]
    private static partial void LogFinished(ILogger logger, string operation, int reads);

    [LoggerMessage(Level = LogLevel.Information, Message = "Still waiting for {Operation}: transient failure {Failure}")]
    private static partial void LogTransient(ILogger logger, string operation, string failure);
}
