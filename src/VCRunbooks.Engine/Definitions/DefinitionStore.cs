using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Engine.Definitions;

/// <summary>
/// Published definition versions (immutable) and their compiled plans, cached per (id, version) so a
/// definition's expressions compile once per process, never per run.
/// </summary>
internal sealed class DefinitionStore(IDbContextFactory<EngineDbContext> contexts, StoreSessions sessions, RunbookValidator validator, EngineOptions options)
{
    private readonly ConcurrentDictionary<(string, int), Lazy<Task<RunbookPlan>>> _plans = new();

    /// <summary>Publishes a version (recording its source when given); a retracted runbook published again takes runs again.</summary>
    public async Task<RunbookDefinition> PublishAsync(RunbookDefinition definition, DefinitionSource? source, CancellationToken cancellationToken)
    {
        var (plan, errors) = validator.Build(definition);
        if (plan is null)
        {
            throw new RunbookValidationException(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var latest = await db.Definitions.Where(d => d.DefinitionId == definition.Id).MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0;
        var version = definition.Version == 0 ? latest + 1 : definition.Version;
        var published = definition with { Version = version };
        var json = RunbookJson.Serialize(published);
        var existing = await db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.DefinitionId == definition.Id && d.Version == version, cancellationToken);
        if (existing is not null)
        {
            if (!JsonNode.DeepEquals(JsonNode.Parse(existing.Json), JsonNode.Parse(json)))
            {
                throw new RunbookValidationException([new ValidationError("$.version", $"version {version} of '{definition.Id}' is already published with different content; published versions are immutable, publish version 0 to get the next number")]);
            }

            return published;
        }

        db.Definitions.Add(new DefinitionRecord
        {
            DefinitionId = definition.Id,
            Version = version,
            Name = definition.Name,
            Json = json,
            PublishedAtMs = options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds(),
            SourcePath = source?.Path,
            SourceRevision = source?.Revision,
            SourceAuthor = source?.Author,
        });
        if (await db.Retractions.FindAsync([definition.Id], cancellationToken) is { } retraction)
        {
            db.Retractions.Remove(retraction);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            throw new RunbookValidationException($"version {version} of '{definition.Id}' was published concurrently; publish again", ex);
        }

        // The plan compiled for validation is the one runs of this version use: no second compilation.
        var pinned = plan.WithVersion(version);
        _plans.TryAdd((definition.Id, version), new Lazy<Task<RunbookPlan>>(Task.FromResult(pinned)));
        return published;
    }

    /// <summary>A version, or the latest when null. Plain SQL: a restart's folder check and a run's first plan load come here.</summary>
    public async Task<RunbookDefinition?> GetAsync(string id, int? version, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var json = version is { } v
            ? await session.QueryAsync("SELECT json FROM definitions WHERE definition_id = @p0 AND version = @p1", [id, v], reader => reader.GetString(0), cancellationToken)
            : await session.QueryAsync("SELECT json FROM definitions WHERE definition_id = @p0 ORDER BY version DESC LIMIT 1", [id], reader => reader.GetString(0), cancellationToken);
        return json.Count == 0 ? null : RunbookJson.Parse(json[0]);
    }

    /// <summary>Every published version, by id then version. Plain SQL: every restart's folder check and warm-up ask it.</summary>
    public async Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var rows = await session.QueryAsync(
            "SELECT definition_id, version, name, source_path, source_revision, source_author FROM definitions", [],
            reader => (Id: reader.GetString(0), Version: Convert.ToInt32(reader.GetValue(1)), Name: reader.GetString(2),
                Path: reader.IsDBNull(3) ? null : reader.GetString(3), Revision: reader.IsDBNull(4) ? null : reader.GetString(4),
                Author: reader.IsDBNull(5) ? null : reader.GetString(5)),
            cancellationToken);
        var retracted = (await session.QueryAsync(
                "SELECT definition_id, reason FROM definition_retractions", [], reader => (Id: reader.GetString(0), Reason: reader.GetString(1)), cancellationToken))
            .ToDictionary(r => r.Id, r => r.Reason, StringComparer.Ordinal);
        return rows.OrderBy(r => r.Id, StringComparer.Ordinal).ThenBy(r => r.Version)
            .Select(r => new DefinitionSummary(r.Id, r.Version, r.Name)
            {
                Source = r.Path is null ? null : new DefinitionSource(r.Path, r.Revision, r.Author),
                Retracted = retracted.GetValueOrDefault(r.Id),
            })
            .ToList();
    }

    /// <summary>Refuses new runs of a runbook until it is published again; false when no version of it exists.</summary>
    public async Task<bool> RetractAsync(string id, string reason, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Definitions.AnyAsync(d => d.DefinitionId == id, cancellationToken))
        {
            return false;
        }

        var record = await db.Retractions.FindAsync([id], cancellationToken);
        if (record is null)
        {
            db.Retractions.Add(new RetractionRecord { DefinitionId = id, Reason = reason, RetractedAtMs = options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds() });
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>Throws <see cref="RunbookRetractedException"/> when new runs of the runbook are refused.</summary>
    public async Task EnsureNotRetractedAsync(string id, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var reasons = await session.QueryAsync(
            "SELECT reason FROM definition_retractions WHERE definition_id = @p0", [id], reader => reader.GetString(0), cancellationToken);
        if (reasons.Count > 0)
        {
            throw new RunbookRetractedException(id, reasons[0]);
        }
    }

    /// <summary>The plan of a version (latest when null); a missing definition is a KeyNotFoundException.</summary>
    public async Task<RunbookPlan> GetPlanAsync(string id, int? version, CancellationToken cancellationToken)
    {
        var resolved = version ?? await LatestVersionAsync(id, cancellationToken);
        var lazy = _plans.GetOrAdd((id, resolved), key => new Lazy<Task<RunbookPlan>>(() => LoadPlanAsync(key.Item1, key.Item2)));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (lazy.Value.IsFaulted)
        {
            _plans.TryRemove(new KeyValuePair<(string, int), Lazy<Task<RunbookPlan>>>((id, resolved), lazy));
            throw;
        }
    }

    /// <summary>Asked on every start by id alone, so plain SQL on the run store's session, not a LINQ query per call.</summary>
    private async Task<int> LatestVersionAsync(string id, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var latest = await session.QueryAsync(
            "SELECT MAX(version) FROM definitions WHERE definition_id = @p0", [id],
            reader => reader.IsDBNull(0) ? (int?)null : Convert.ToInt32(reader.GetValue(0)),
            cancellationToken);
        return latest[0] ?? throw new EngineNotFoundException($"No published runbook '{id}'.");
    }

    private async Task<RunbookPlan> LoadPlanAsync(string id, int version)
    {
        var definition = await GetAsync(id, version, CancellationToken.None)
            ?? throw new EngineNotFoundException($"No published runbook '{id}' version {version}.");
        var (plan, errors) = validator.Build(definition);
        return plan ?? throw new RunbookValidationException(errors);
    }
}
