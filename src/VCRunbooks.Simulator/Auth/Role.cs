namespace VCRunbooks.Simulator.Auth;

/// <summary>The appliance roles of the guide's chapter 4, in increasing order of power.</summary>
public enum Role
{
    /// <summary><c>operator</c>: reads the appliance's configuration (GET operations).</summary>
    Operator,
    /// <summary><c>admin</c>: also configures the appliance (write operations).</summary>
    Admin,
    /// <summary><c>superAdmin</c>: also manages local accounts; needed by the manage operations.</summary>
    SuperAdmin,
}
