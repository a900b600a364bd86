using VCRunbooks.Server.Triggers.Chat.Aliases;
using VCRunbooks.Server.Triggers.Mapping;
using VCRunbooks.Server.Triggers.Storage;

namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>
/// The enabled definitions, compiled, as every trigger path reads them. Rebuilt from the database when its content
/// changed, looked at no more than once per <see cref="Freshness"/>, so an edit on another node shows within a second.
/// </summary>
internal sealed class TriggerCatalog(TriggerStore store, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private Snapshot _current = Snapshot.Empty;
    private string? _version;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    public sealed record CompiledWebhook(WebhookTrigger Trigger, CompiledMapping Mapping);

    public sealed record CompiledAlias(ChatAlias Alias, IReadOnlyList<AliasFormat> Formats);

    public sealed record Snapshot(
        IReadOnlyList<ITriggerDefinition> All,
        IReadOnlyDictionary<string, IReadOnlyList<CompiledWebhook>> WebhooksByEndpoint,
        IReadOnlyList<CompiledAlias> Aliases,
        IReadOnlyList<ChatWorkspace> Workspaces,
        IReadOnlyList<ScheduleTrigger> Schedules,
        IReadOnlyList<CalendarTrigger> Calendars)
    {
        public static readonly Snapshot Empty = new([], new Dictionary<string, IReadOnlyList<CompiledWebhook>>(), [], [], [], []);

        public ChatWorkspace? Workspace(ChatPlatform platform) => Workspaces.FirstOrDefault(w => w.Platform == platform);
    }

    public async Task<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - _checkedAt < Freshness)
        {
            return _current;
        }
        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            if (time.GetUtcNow() - _checkedAt < Freshness)
            {
                return _current;
            }
            var version = await store.VersionAsync(cancellationToken);
            if (version != _version)
            {
                _current = Build(await store.ListAsync(cancellationToken));
                _version = version;
            }
            _checkedAt = time.GetUtcNow();
            return _current;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    public void Dispose() => _rebuild.Dispose();

    /// <summary>This node changed a definition: the next read rebuilds at once.</summary>
    public void Invalidate() => _checkedAt = DateTimeOffset.MinValue;

    private static Snapshot Build(IReadOnlyList<StoredTrigger> rows)
    {
        var all = new List<ITriggerDefinition>();
        foreach (var row in rows)
        {
            // Rows were checked when stored; one that no longer parses (a newer rule) is left out rather than failing the rest.
            if (TriggerJson.Parse(row.Body).Definition is { } definition)
            {
                all.Add(definition);
            }
        }
        var enabled = all.Where(d => d.Enabled).ToList();
        var webhooks = enabled.OfType<WebhookTrigger>()
            .Select(w => new CompiledWebhook(w, CompiledMapping.Compile(w).Mapping!))
            .GroupBy(w => w.Trigger.EndpointName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CompiledWebhook>)g.OrderBy(w => w.Trigger.Id, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var aliases = enabled.OfType<ChatAlias>()
            .Select(a => new CompiledAlias(a, a.Formats.Select(f => AliasFormat.Compile(f).Format!).ToList()))
            .ToList();
        return new Snapshot(all, webhooks, aliases, [.. enabled.OfType<ChatWorkspace>()], [.. enabled.OfType<ScheduleTrigger>()], [.. enabled.OfType<CalendarTrigger>()]);
    }
}
