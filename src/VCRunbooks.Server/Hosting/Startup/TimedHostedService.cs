namespace VCRunbooks.Server.Hosting.Startup;

/// <summary>A hosted service whose start is recorded on the start-up timeline; every other call passes straight through.</summary>
internal sealed class TimedHostedService(IHostedService inner, StartupTimeline timeline) : IHostedLifecycleService
{
    public IHostedService Inner => inner;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var began = timeline.Elapsed;
        await inner.StartAsync(cancellationToken);
        timeline.Record(inner.GetType().Name, began);
    }

    public Task StopAsync(CancellationToken cancellationToken) => inner.StopAsync(cancellationToken);

    public Task StartingAsync(CancellationToken cancellationToken) => (inner as IHostedLifecycleService)?.StartingAsync(cancellationToken) ?? Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => (inner as IHostedLifecycleService)?.StartedAsync(cancellationToken) ?? Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => (inner as IHostedLifecycleService)?.StoppingAsync(cancellationToken) ?? Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => (inner as IHostedLifecycleService)?.StoppedAsync(cancellationToken) ?? Task.CompletedTask;
}
