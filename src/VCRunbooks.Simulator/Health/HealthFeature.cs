using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Update;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Health;

namespace VCRunbooks.Simulator.Health;

/// <summary>
/// The health indicators of one appliance: levels set by the control API, raised by what the appliance is doing
/// (an update install, a services restart), and the composite system level of the guide's chapter 6.
/// </summary>
public sealed class HealthFeature : IApplianceFeature<HealthFeature>
{
    /// <summary>The sub-items with a health level; the system level is their composite.</summary>
    public static readonly IReadOnlyList<string> Items = ["load", "mem", "storage", "swap", "software-packages", "database-storage", "applmgmt"];
    /// <summary>Health checks run this often; lastcheck is the latest run.</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromMinutes(5);

    private readonly Appliance _appliance;
    private readonly Dictionary<string, (HealthLevel Level, string? Message)> _set = new(StringComparer.Ordinal);

    private HealthFeature(Appliance appliance) => _appliance = appliance;

    /// <inheritdoc/>
    public static HealthFeature Create(Appliance appliance) => new(appliance);

    /// <summary>The database health-check settings of <c>GET/PATCH /api/appliance/health/settings</c>; both checks on by default.</summary>
    public HealthCheckSettings Settings { get; set; } = new() { DbHealthCheckStateManualBackup = true, DbHealthCheckStateScheduledBackup = true };

    /// <inheritdoc/>
    public void Advance(DateTimeOffset now)
    {
        // Levels are computed when read.
    }

    /// <summary>True when <paramref name="item"/> is one of <see cref="Items"/>.</summary>
    public static bool IsItem(string item) => Items.Contains(item, StringComparer.Ordinal);

    /// <summary>Sets an item's level, as <c>PUT /simulator/appliances/{name}/health/{item}</c> does; what the appliance is doing can still raise it.</summary>
    public void Set(string item, HealthLevel level, string? message) => _set[item] = (level, message);

    /// <summary>The guide's rule: the strongest trouble among the items (red, then orange, then yellow); gray when
    /// any item has no data and the rest are green; green when all are.</summary>
    public static HealthLevel Composite(IEnumerable<HealthLevel> levels) => levels.DefaultIfEmpty(HealthLevel.Green).Max();

    /// <summary>The composite level of <c>GET /api/appliance/health/system</c>.</summary>
    public HealthLevel System(DateTimeOffset now) => Composite(Items.Select(i => Level(i, now)));

    /// <summary>The level of <c>GET /api/appliance/health/{item}</c>: the level set for it, or worse when an install or a services restart degrades it.</summary>
    public HealthLevel Level(string item, DateTimeOffset now)
    {
        var level = _set.TryGetValue(item, out var set) ? set.Level : HealthLevel.Green;
        return Max(level, Imposed(item, now).Level);
    }

    /// <summary>The answer of <c>GET /api/appliance/health/database</c>: DEGRADED with a warning while the services restart, else HEALTHY.</summary>
    public DatabaseHealthInfo Database(DateTimeOffset now) => _appliance.ServicesRestarting(now)
        ? new DatabaseHealthInfo
        {
            Status = DatabaseHealthStatus.Degraded,
            Messages = [new DatabaseHealthMessage { Severity = DatabaseMessageSeverity.Warning, Message = LocalizableMessage.Of("com.vmware.appliance.health.database.restarting", "The database is restarting with the appliance's services.") }],
        }
        : new DatabaseHealthInfo { Status = DatabaseHealthStatus.Healthy, Messages = [] };

    /// <summary>The answer of <c>GET /api/appliance/health/system/lastcheck</c>: <paramref name="now"/> rounded down to the <see cref="CheckInterval"/>.</summary>
    public DateTimeOffset LastCheck(DateTimeOffset now) =>
        new(now.UtcTicks - now.UtcTicks % CheckInterval.Ticks, TimeSpan.Zero);

    /// <summary>Why an item is not green, as notifications; empty when it is green.</summary>
    public IReadOnlyList<Notification> Messages(string item, DateTimeOffset now)
    {
        if (item == "system")
        {
            return [.. Items.SelectMany(i => Messages(i, now))];
        }
        var messages = new List<Notification>();
        if (_set.TryGetValue(item, out var set) && set.Level != HealthLevel.Green)
        {
            messages.Add(Note(item, now, set.Message ?? $"The {item} health is {Wire(set.Level)}."));
        }
        if (Imposed(item, now) is { Level: not HealthLevel.Green, Message: { } reason })
        {
            messages.Add(Note(item, now, reason));
        }
        return messages;
    }

    /// <summary>The level as the API spells it: lower case, e.g. <c>green</c>.</summary>
    public static string Wire(HealthLevel level) => level.ToString().ToLowerInvariant();

    // What the appliance's activity does to an item: installing changes packages, a restart stops the services.
    private (HealthLevel Level, string? Message) Imposed(string item, DateTimeOffset now)
    {
        var update = _appliance.Feature<UpdateFeature>();
        var restarting = _appliance.ServicesRestarting(now);
        return item switch
        {
            "software-packages" when update.FailedVersion is { } failed => (HealthLevel.Red, $"Installing update {failed} failed; the packages are inconsistent until it is rolled back."),
            "software-packages" when update.Installing => (HealthLevel.Orange, $"Update {update.Current!.Version} is being installed."),
            "applmgmt" when restarting => (HealthLevel.Orange, "The appliance's services are restarting."),
            "database-storage" when restarting => (HealthLevel.Gray, "No database data while the services restart."),
            _ => (HealthLevel.Green, null),
        };
    }

    private static HealthLevel Max(HealthLevel a, HealthLevel b) => a > b ? a : b;

    private static Notification Note(string item, DateTimeOffset now, string text) => new()
    {
        Id = $"com.vmware.appliance.health.{item}",
        Time = now,
        Message = LocalizableMessage.Of($"com.vmware.appliance.health.{item}", text, item),
    };
}
