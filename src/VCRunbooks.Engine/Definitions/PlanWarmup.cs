using Microsoft.Extensions.Logging;

namespace VCRunbooks.Engine.Definitions;

/// <summary>
/// Loads the latest plan of every published runbook (from the on-disk compile cache when it was compiled before).
/// A run that comes first loads or compiles its own plan, and shares a
/// load already under way.
/// </summary>
internal sealed partial class PlanWarmup(DefinitionStore definitions, ILogger<PlanWarmup> logger)
{
    public async Task<int> WarmAsync(CancellationToken cancellationToken)
    {
        var latest = (await definitions.ListAsync(cancellationToken))
            .Where(d => d.Retracted is null)
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Version: g.Max(d => d.Version)));
        var loaded = 0;
        foreach (var (id, version) in latest)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await definitions.GetPlanAsync(id, version, cancellationToken);
                loaded++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A run of it reports the same error to whoever starts it; warming is best effort.
                LogNotLoaded(logger, id, version, ex.Message);
            }
        }

        // Roslyn itself is not warmed here: measured, a warm-up compilation right after ready took the two cores from
        // the first runs (which load from the cache and need no compiler) and made them slower, not faster.
        return loaded;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Runbook {RunbookId} version {Version} could not be loaded: {Error}")]
    private static partial void LogNotLoaded(ILogger logger, string runbookId, int version, string error);
}
