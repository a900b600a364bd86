namespace VCRunbooks.Engine.Outbox;

/// <summary>A SQLite file has one server process, so its relay always leads.</summary>
internal sealed class SingleProcessRelayLead : IRelayLead
{
    public static readonly SingleProcessRelayLead Instance = new();

    public Task<bool> IsHeldAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
