namespace VCRunbooks.Activities.Jobs;

/// <summary>Where a polled job is, reduced to what WaitForJob decides on.</summary>
internal enum JobPhase
{
    Running,
    Succeeded,
    Failed,
}
