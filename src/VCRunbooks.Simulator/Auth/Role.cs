namespace VCRunbooks.Simulator.Auth;

/// <summary>The appliance roles of the guide's chapter 4, in increasing order of power.</summary>
public enum Role
{
    Operator,
    Admin,
    SuperAdmin,
}
