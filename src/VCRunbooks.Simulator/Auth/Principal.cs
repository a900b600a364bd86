namespace VCRunbooks.Simulator.Auth;

/// <summary>An authenticated caller: SSO user (e.g. Administrator@vsphere.local) or local user (root).</summary>
public sealed record Principal(string Name, Role Role, bool IsLocal);
