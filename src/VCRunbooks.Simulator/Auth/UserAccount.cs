namespace VCRunbooks.Simulator.Auth;

/// <summary>A user the appliance knows: an SSO user or a local OS account.</summary>
public sealed record UserAccount(string Name, string Password, Role Role, bool IsLocal);
