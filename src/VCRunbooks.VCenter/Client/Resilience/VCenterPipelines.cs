using Polly;
using Polly.Registry;
using Polly.Retry;
using VCRunbooks.VCenter.Client.Errors;

namespace VCRunbooks.VCenter.Client.Resilience;

/// <summary>
/// The named resilience pipelines of the client. Only calls that are safe to send twice are retried: reads and
/// full-replace writes, and creates whose caller supplied a way to detect an earlier attempt's effect.
/// </summary>
public static class VCenterPipelines
{
    /// <summary>Retries transient failures: for reads and idempotent writes.</summary>
    public const string Safe = "vcenter-safe";

    /// <summary>Retries transient failures of a create that checks, before each new attempt, whether an earlier one took effect.</summary>
    public const string DetectedCreate = "vcenter-detected-create";

    /// <summary>No retry: for creates and actions whose effect cannot be detected.</summary>
    public const string Unsafe = "vcenter-unsafe";

    /// <summary>A registry holding the three pipelines; their retry delays run on <paramref name="timeProvider"/>.</summary>
    public static ResiliencePipelineRegistry<string> CreateRegistry(RetryPolicy policy, TimeProvider timeProvider)
    {
        var registry = new ResiliencePipelineRegistry<string>();
        registry.TryAddBuilder(Safe, (builder, _) => AddRetry(builder, policy, timeProvider));
        registry.TryAddBuilder(DetectedCreate, (builder, _) => AddRetry(builder, policy, timeProvider));
        registry.TryAddBuilder(Unsafe, (builder, _) => builder.TimeProvider = timeProvider);
        return registry;
    }

    private static void AddRetry(ResiliencePipelineBuilder builder, RetryPolicy policy, TimeProvider timeProvider)
    {
        builder.TimeProvider = timeProvider;
        if (policy.MaxRetries == 0)
        {
            return;
        }
        builder.AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = policy.MaxRetries,
            ShouldHandle = new PredicateBuilder().Handle<VCenterException>(ex => ex.IsTransient),
            // The client's own backoff (jitter included); Polly waits it out on the builder's TimeProvider.
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(policy.Backoff.DelayFor(args.AttemptNumber)),
        });
    }
}
