using VCRunbooks.Simulator.Auth;

namespace VCRunbooks.Simulator.Control;

/// <summary>A user to add to an appliance: SSO by default, local when <see cref="Local"/> is true.</summary>
public sealed record UserRequest(string Name, string Password, Role Role, bool Local = false);
