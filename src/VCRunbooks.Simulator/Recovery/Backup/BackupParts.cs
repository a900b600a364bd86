using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.Simulator.Recovery.Backup;

/// <summary>
/// The parts a backup can hold and their compressed sizes. Sizes grow with the appliance's age (inventory,
/// stats, events and tasks accumulate), so repeated size queries look like a living vCenter's.
/// </summary>
internal static class BackupParts
{
    public const string Common = "common";
    public const string Seat = "seat";
    public const string Supervisors = "supervisors";

    public static readonly IReadOnlyList<BackupPart> All =
    [
        Part(Common, "Inventory and configuration", "Inventory and configuration of vCenter Server, always included.", selectedByDefault: true, optional: false),
        Part(Seat, "Stats, Events, and Tasks", "Historical data: statistics, events and tasks in the vCenter database.", selectedByDefault: true, optional: true),
        Part(Supervisors, "Supervisors Control Plane", "Supervisor control plane configuration for vSphere with Tanzu.", selectedByDefault: false, optional: true),
    ];

    public static bool Exists(string id) => All.Any(p => p.Id == id);

    /// <summary>Size in MB of one part on this appliance now.</summary>
    public static long SizeMb(string id, Appliance appliance, DateTimeOffset now)
    {
        var days = Math.Max(0, (long)(now - appliance.CreatedAt).TotalDays);
        return id switch
        {
            Common => 214 + days,
            Seat => 1_024 + 12 * days,
            Supervisors => 12,
            // The spec lists no 404 for parts/{id}: an unknown part is the operation's generic error.
            _ => throw new VapiException(VCenter.Errors.ErrorType.Error, "com.vmware.applmgmt.backup.parts.unknown",
                $"'{id}' is not a backup part; the parts are {string.Join(", ", All.Select(p => p.Id))}.", id),
        };
    }

    /// <summary>The parts a backup writes: <c>common</c> always, plus the optional ones asked for.</summary>
    public static IReadOnlyList<string> Selection(IEnumerable<string> requested, string field)
    {
        var selected = new List<string> { Common };
        foreach (var id in requested)
        {
            if (!Exists(id))
            {
                throw VapiException.InvalidArgument(field, $"'{id}' is not a backup part; the parts are {string.Join(", ", All.Select(p => p.Id))}.");
            }
            if (!selected.Contains(id))
            {
                selected.Add(id);
            }
        }
        return selected;
    }

    private static BackupPart Part(string id, string name, string description, bool selectedByDefault, bool optional) => new()
    {
        Id = id,
        Name = RecoveryMessages.Of($"parts.{id}.name", name),
        Description = RecoveryMessages.Of($"parts.{id}.description", description),
        SelectedByDefault = selectedByDefault,
        Optional = optional,
    };
}
