using System.Threading.Channels;

namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>
/// Starts that a chat command acknowledged before making (Slack and Mattermost want the answer at once): a few
/// workers take them in order of arrival. A start queued when the process dies is lost; its user saw "Starting" and
/// no run link follows.
/// </summary>
internal sealed partial class ChatStarts(ILogger<ChatStarts> logger) : BackgroundService
{
    private const int Workers = 4;

    private readonly Channel<Func<CancellationToken, Task>> _queue = Channel.CreateUnbounded<Func<CancellationToken, Task>>();

    public void Enqueue(Func<CancellationToken, Task> start) => _queue.Writer.TryWrite(start);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => WorkAsync(stoppingToken)));

    private async Task WorkAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var start in _queue.Reader.ReadAllAsync(cancellationToken))
            {
                try
                {
                    await start(cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A run started from chat could not be started")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
