namespace VCRunbooks.Simulator.Vapi;

/// <summary>What an operation needs of its caller.</summary>
public enum Access
{
    /// <summary>No session: the operation authenticates by itself (session create).</summary>
    Anonymous,
    /// <summary>Any authenticated user: the operator role reads.</summary>
    Read,
    /// <summary>The admin role writes.</summary>
    Write,
    /// <summary>The superAdmin role manages local accounts.</summary>
    Manage,
}
