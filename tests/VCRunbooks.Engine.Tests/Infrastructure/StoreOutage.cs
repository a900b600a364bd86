using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Engine.Tests.Infrastructure;

/// <summary>
/// Makes the engine's next connection opens fail, as when the database is unreachable or locked: EF's pooled
/// opens, and the run store's sessions on SQLite's kept-open writer connection.
/// </summary>
public sealed class StoreOutage : DbConnectionInterceptor, IStoreSessionInterceptor
{
    private int _failuresLeft;

    public void FailNextOpens(int count) => Interlocked.Exchange(ref _failuresLeft, count);

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        ThrowIfDown();
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        ThrowIfDown();
        return ValueTask.FromResult(result);
    }

    void IStoreSessionInterceptor.SessionOpening() => ThrowIfDown();

    private void ThrowIfDown()
    {
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException("Injected outage: the database is unavailable.");
        }

        Interlocked.Increment(ref _failuresLeft);
    }
}
