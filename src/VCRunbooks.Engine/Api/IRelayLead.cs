namespace VCRunbooks.Engine;

/// <summary>The right to relay a database's outbox, held until disposed or until its connection is lost.</summary>
public interface IRelayLead : IAsyncDisposable
{
    /// <summary>False once the lead was lost (its database session ended): take it again before relaying more.</summary>
    Task<bool> IsHeldAsync(CancellationToken cancellationToken = default);
}
