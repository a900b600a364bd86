namespace VCRunbooks.Engine.Leases;

internal enum LeaseAcquisition
{
    Acquired,

    /// <summary>Another pass holds the run; it was asked to pass once more, so this dispatch is not lost.</summary>
    HeldElsewhere,

    NoSuchRun,
}
