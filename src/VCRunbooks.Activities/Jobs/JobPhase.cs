namespace VCRunbooks.Activities.Jobs;

/// <summary>Where a polled job is, reduced to what WaitForJob decides on.</summary>
internal enum JobPhase
{
    Running,
    Succeeded,
    Failed,

    /// <summary>Stage 2 waits for an answer.</summary>
    Question,
}
