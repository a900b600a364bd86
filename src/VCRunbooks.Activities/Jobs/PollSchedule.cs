namespace VCRunbooks.Activities.Jobs;

/// <summary>
/// When WaitForJob polls next. While the job's percent moves, by the finish its average rate since the first reading
/// predicts (each reading is a whole percent, so it is taken as the middle of its step): far from the end at 90 % of
/// the time left, to read a better rate on the way, and near it just after the predicted end. While the percent does
/// not move, the delay grows by the backoff factor, from the floor once the predicted end is near (a reading of 99
/// leaves up to a percent's worth of time to go). Always between the floor and the ceiling.
/// </summary>
internal readonly record struct PollSchedule(TimeSpan Floor, TimeSpan Ceiling, double BackoffFactor)
{
    /// <summary>Past the predicted finish, so the poll lands after the job ended rather than just before.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(500);

    /// <summary>Closer than this, the next poll aims just past the predicted end.</summary>
    private static readonly TimeSpan Near = TimeSpan.FromSeconds(10);

    /// <summary>The delay until the poll by the estimate, and whether it aims at the end itself (near it).</summary>
    public (TimeSpan Delay, bool NearEnd) UntilEstimatedEnd(DateTimeOffset firstAt, long firstProgress, DateTimeOffset now, long progress)
    {
        var elapsed = (now - firstAt).TotalSeconds;
        // A first reading of 0 was taken as the job started; any other reading sits somewhere in its percent.
        var done = progress + 0.5 - (firstProgress == 0 ? 0 : firstProgress + 0.5);
        if (elapsed <= 0 || done <= 0)
        {
            return (Floor, true);
        }

        var remaining = TimeSpan.FromSeconds(Math.Max(0, 100 - (progress + 0.5)) / (done / elapsed));
        return remaining > Near ? (Clamp(remaining * 0.9), false) : (Clamp(remaining + Margin), true);
    }

    /// <summary>
    /// From bounds on the end: far from it, at 90 % of the way to the middle of the bounds (another reading narrows
    /// them); near it, just past the upper bound, by which a linear job has ended.
    /// </summary>
    public (TimeSpan Delay, bool NearEnd) ByEndBounds(DateTimeOffset low, DateTimeOffset high, DateTimeOffset now)
    {
        var toHigh = high - now;
        if (toHigh <= Near)
        {
            return (Clamp(toHigh + TimeSpan.FromMilliseconds(250)), true);
        }

        var middle = low + (high - low) / 2;
        return (Clamp((middle - now) * 0.9), false);
    }

    /// <summary>The first delay as given; then each delay the previous one times the factor.</summary>
    public TimeSpan BackOff(TimeSpan previous, bool first) =>
        first ? Clamp(previous) : Clamp(TimeSpan.FromMilliseconds(previous.TotalMilliseconds * BackoffFactor));

    private TimeSpan Clamp(TimeSpan delay) => delay < Floor ? Floor : delay > Ceiling ? Ceiling : delay;
}
