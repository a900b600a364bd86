namespace VCRunbooks.Engine.Leases;

internal enum LeaseRelease
{
    Released,

    /// <summary>A dispatch arrived during the pass: the lease is kept and the run passes again.</summary>
    PassAgain,

    /// <summary>The lease had expired and another node took it; that node owns the run now.</summary>
    Lost,
}
