using VCRunbooks.Engine;

namespace VCRunbooks.Server.Runs;

/// <summary>
/// Once the server listens (ready), loads the published runbooks' plans from the compile cache in the background, so readiness never waits for it; a run that comes first loads its own plan.
/// </summary>
internal sealed partial class EngineWarmup(IRunbookEngine engine, IHostApplicationLifetime lifetime, ILogger<EngineWarmup> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _running = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _running = Task.Run(WarmAsync));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _running.WaitAsync(cancellationToken);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task WarmAsync()
    {
        try
        {
            var loaded = await engine.WarmUpAsync(_stopping.Token);
            LogWarmed(logger, loaded);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Loaded {Count} published runbooks' plans in the background")]
    private static partial void LogWarmed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming the published runbooks' plans failed; their first runs load them instead")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
