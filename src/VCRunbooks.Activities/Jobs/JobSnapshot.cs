namespace VCRunbooks.Activities.Jobs;

/// <summary>One poll's reading of a job: phase, percent, the appliance's own state word and its last message.</summary>
internal sealed record JobSnapshot(JobPhase Phase, long Progress, string State, string? Message);
