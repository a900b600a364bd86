namespace VCRunbooks.Simulator.Recovery.Control;

/// <summary>One backup job in the control API's recovery summary; states use the vCenter wire names.</summary>
internal sealed record BackupJobSummary(string Id, string State, long Progress, string Type, string Location);
