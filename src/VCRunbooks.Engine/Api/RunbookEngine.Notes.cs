using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using VCRunbooks.Engine.Persistence;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine;

internal sealed partial class RunbookEngine
{
    /// <summary>How often a note is tried again when a pass of the run committed in between (it reads the run afresh).</summary>
    private const int NoteAttempts = 5;

    /// <summary>Longest note text kept; a longer one is cut, so a note cannot bloat the journal.</summary>
    private const int MaxNoteLength = 2000;

    public async Task<JournalEntry> AddNoteAsync(string runId, string source, string message, JsonObject? data = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        var text = message.Length <= MaxNoteLength ? message : message[..(MaxNoteLength - 1)] + "…";
        var payload = new JsonObject { ["source"] = source };
        foreach (var (key, value) in data ?? [])
        {
            payload[key] = value?.DeepClone();
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var record = await db.Runs.FirstOrDefaultAsync(r => r.Id == runId, cancellationToken)
                ?? throw new EngineNotFoundException($"No run '{runId}'.");
            // The line takes the run's next journal seq, so readers paging by seq see it in order with the run's own lines.
            var state = RunStateJson.Deserialize(record.State);
            var seq = state.NextJournalSeq++;
            var at = NowMs;
            db.Journal.Add(new JournalRecord { RunId = runId, Seq = seq, AtMs = at, Kind = "note", ActivityId = null, Message = text, Data = payload.ToJsonString() });
            record.State = RunStateJson.Serialize(state);
            record.Revision++;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new JournalEntry(seq, DateTimeOffset.FromUnixTimeMilliseconds(at), "note", null, text, payload);
            }
            catch (DbUpdateConcurrencyException) when (attempt < NoteAttempts)
            {
                // A pass committed in between: read the run again and take the seq after its lines.
            }
            catch (DbUpdateConcurrencyException ex)
            {
                throw new EngineConflictException($"Run '{runId}' kept changing while a note was added to its journal; try again.", ex);
            }
        }
    }
}
