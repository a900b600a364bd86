using VCRunbooks.VCenter.Client.Resilience;
using VCRunbooks.VCenter.Client.Waiting;

namespace VCRunbooks.VCenter.Client;

/// <summary>Client-wide behaviour: retries, waits, and the clock they run on.</summary>
public sealed class VCenterClientOptions
{
    /// <summary>How transient failures of calls safe to repeat are retried.</summary>
    public RetryPolicy Retry { get; set; } = new();

    /// <summary>Used by waits that are not given a policy of their own.</summary>
    public WaitPolicy Wait { get; set; } = WaitPolicy.Default;

    /// <summary>The clock of polls, wait timeouts and retry delays (tests give the simulator's virtual clock).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Wraps the socket handler (tests use it to lose answers after the server acted).</summary>
    internal Func<HttpMessageHandler, HttpMessageHandler>? WrapHandler { get; set; }

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first bad setting.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Retry, nameof(Retry));
        ArgumentNullException.ThrowIfNull(Wait, nameof(Wait));
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        Retry.Validate(nameof(Retry));
        Wait.Validate(nameof(Wait));
    }
}
