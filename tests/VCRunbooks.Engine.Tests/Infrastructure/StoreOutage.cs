using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace VCRunbooks.Engine.Tests.Infrastructure;

/// <summary>Makes the engine's next connection opens fail, as when the database is unreachable or locked.</summary>
public sealed class StoreOutage : DbConnectionInterceptor
{
    private int failuresLeft;

    public void FailNextOpens(int count) => Interlocked.Exchange(ref failuresLeft, count);

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

    private void ThrowIfDown()
    {
        if (Interlocked.Decrement(ref failuresLeft) >= 0)
        {
            throw new InvalidOperationException("Injected outage: the database is unavailable.");
        }

        Interlocked.Increment(ref failuresLeft);
    }
}
