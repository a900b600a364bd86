using Microsoft.EntityFrameworkCore;
using VCRunbooks.Engine.Persistence;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine;

internal sealed partial class RunbookEngine
{
    public async Task UpgradeRunAsync(string runId, int version, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Runs.FirstOrDefaultAsync(r => r.Id == runId, cancellationToken)
            ?? throw new EngineNotFoundException($"No run '{runId}'.");
        if (record.Status != nameof(RunStatus.Suspended))
        {
            throw new EngineConflictException($"Run '{runId}' is {record.Status}; only a waiting (suspended) run can move to another version.");
        }

        var from = await definitions.GetAsync(record.DefinitionId, record.DefinitionVersion, cancellationToken);
        var to = await definitions.GetAsync(record.DefinitionId, version, cancellationToken)
            ?? throw new EngineNotFoundException($"Runbook '{record.DefinitionId}' has no version {version}.");
        if (from?.Script is null || to.Script is null)
        {
            throw new EngineArgumentException($"Only script runbooks move runs between versions (a replay checks the new code against the run's recorded calls); '{record.DefinitionId}' v{record.DefinitionVersion} → v{version} is not.");
        }

        if (record.DefinitionVersion == version)
        {
            throw new EngineConflictException($"Run '{runId}' already runs version {version} of '{record.DefinitionId}'.");
        }

        // The next pass replays the run's recorded calls against the new code: a change in calls already made faults it.
        var state = RunStateJson.Deserialize(record.State);
        var seq = state.NextJournalSeq++;
        db.Journal.Add(new JournalRecord
        {
            RunId = runId, Seq = seq, AtMs = NowMs, Kind = "upgraded", ActivityId = null,
            Message = $"Moved from version {record.DefinitionVersion} ({from.Script.Hash?[..12]}) to version {version} ({to.Script.Hash?[..12]}); the next replay checks the recorded calls",
        });
        record.State = RunStateJson.Serialize(state);
        record.DefinitionVersion = version;
        record.UpdatedAtMs = NowMs;
        record.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new EngineConflictException($"Run '{runId}' changed while moving it; try again.", ex);
        }
    }
}
