namespace VCRunbooks.Engine.CodeGuard;

/// <summary>How much one evaluation of author code may spend before it is stopped and its run faults.</summary>
public sealed record CodeLimits
{
    /// <summary>Wall time of one evaluation, measured on the evaluating thread's clock (not the run's virtual clock).</summary>
    public TimeSpan Time { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Bytes one evaluation may allocate, garbage included.</summary>
    public long MemoryBytes { get; init; } = 64L * 1024 * 1024;

    internal void Validate()
    {
        if (Time <= TimeSpan.Zero || Time > TimeSpan.FromHours(1))
        {
            throw new ArgumentOutOfRangeException(nameof(Time), Time, "The code time limit must be above zero and at most an hour.");
        }

        if (MemoryBytes < 1024 * 1024 || MemoryBytes > 4L * 1024 * 1024 * 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(MemoryBytes), MemoryBytes, "The code memory limit must be between 1 MB and 4 GB.");
        }
    }
}
