namespace VCRunbooks.VCenter.Client.Transport;

/// <summary>Whether a call may be sent again after a transient failure.</summary>
internal enum RetryMode
{
    /// <summary>Reads and full-replace writes: sending twice has the same effect as once.</summary>
    Safe,

    /// <summary>Creates and actions: sent once unless the request carries a way to detect an earlier effect.</summary>
    Unsafe,
}
