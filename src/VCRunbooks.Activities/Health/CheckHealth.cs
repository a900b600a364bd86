using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using VCRunbooks.Activities.Common;
using VCRunbooks.Activities.Sessions;
using VCRunbooks.Engine.Activities;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Health;
using VCRunbooks.VCenter.Health;

namespace VCRunbooks.Activities.Health;

/// <summary>
/// A health gate (<c>GET /api/appliance/health/system</c> and <c>/api/appliance/health/{item}</c>): outcome Healthy when
/// every item is at most <see cref="MaxLevel"/>, else Unhealthy. An unknown item faults the step.
/// </summary>
/// <remarks>Read-only, so re-running it after a crash is harmless.</remarks>
[Activity("vCenter", "A gate on the appliance's health levels: Healthy when every checked item is at most the allowed level.", Traits = ActivityTraits.Pure)]
[Outcomes("Healthy", "Unhealthy")]
public sealed class CheckHealth(IVCenterSessions sessions) : VCenterActivity(sessions)
{
    /// <summary>The items to read: System (overall), Load, Mem, Storage, Swap, SoftwarePackages or DatabaseStorage (case-insensitive).</summary>
    [Input(Description = "Items to check: System (overall), Load, Mem, Storage, Swap, SoftwarePackages, DatabaseStorage.", Default = new[] { "System" })]
    public string[] Items { get; set; } = ["System"];

    /// <summary>The worst level that still passes, in the order Green, Gray (unknown), Yellow, Orange, Red.</summary>
    [Input(Description = "The worst level that still passes.", Default = "Yellow")]
    public HealthLevel MaxLevel { get; set; } = HealthLevel.Yellow;

    /// <summary>Each item's level by item name, e.g. <c>{"System": "Green"}</c>.</summary>
    [Output(Description = "The level of each checked item.")]
    public JsonObject? Levels { get; set; }

    /// <summary>The items above <see cref="MaxLevel"/>; empty when Healthy.</summary>
    [Output(Description = "The items above the allowed level.")]
    public string[] Failing { get; set; } = [];

    /// <inheritdoc/>
    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, IVCenterClient client, CancellationToken cancellationToken)
    {
        var max = MaxLevel;
        Levels = [];
        var failing = new List<string>();
        foreach (var item in Items)
        {
            var level = await ReadAsync(client, item, cancellationToken);
            Levels[item] = level.ToString();
            if (level > max)
            {
                failing.Add(item);
            }
        }

        Failing = [.. failing];
        if (context.Logger.IsEnabled(LogLevel.Information))
        {
            context.Logger.LogHealth(Levels.ToJsonString(), failing.Count == 0);
        }
        return ActivityResult.Complete(failing.Count == 0 ? "Healthy" : "Unhealthy");
    }

    private static Task<HealthLevel> ReadAsync(IVCenterClient client, string item, CancellationToken cancellationToken)
    {
        if (string.Equals(item, "System", StringComparison.OrdinalIgnoreCase))
        {
            return client.Health.GetSystemAsync(cancellationToken);
        }

        return Enum.TryParse<HealthItem>(item, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? client.Health.GetLevelAsync(parsed, cancellationToken)
            : throw new ArgumentException($"Health item '{item}' is not System or one of {string.Join(", ", Enum.GetNames<HealthItem>())}.");
    }
}
