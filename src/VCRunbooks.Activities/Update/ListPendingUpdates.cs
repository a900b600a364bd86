using VCRunbooks.Activities.Common;
using VCRunbooks.Activities.Sessions;
using VCRunbooks.Engine.Activities;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Update;

namespace VCRunbooks.Activities.Update;

/// <summary>Lists the updates the appliance can install (<c>GET /api/appliance/update/pending</c>): outcome Available or UpToDate.</summary>
[Activity("vCenter Update", "Lists the updates the appliance can install; Available or UpToDate.", Traits = ActivityTraits.Pure)]
[Outcomes("Available", "UpToDate")]
public sealed class ListPendingUpdates(IVCenterSessions sessions) : VCenterActivity(sessions)
{
    /// <summary>Where the appliance looks: LastCheck (its last check), Local (attached media) or LocalAndOnline.</summary>
    [Input(Description = "Where to look.", Default = "LocalAndOnline")]
    public UpdateSourceType Source { get; set; } = UpdateSourceType.LocalAndOnline;

    /// <summary>The pending versions, oldest first by version number.</summary>
    [Output(Description = "The pending versions, oldest first.")]
    public string[] Versions { get; set; } = [];

    /// <summary>The newest pending version, e.g. for StageAndInstall's Version; null on UpToDate.</summary>
    [Output(Description = "The newest pending version, or null.")]
    public string? Latest { get; set; }

    /// <inheritdoc/>
    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, IVCenterClient client, CancellationToken cancellationToken)
    {
        var pending = await client.Update.ListPendingAsync(Source, cancellationToken: cancellationToken);
        Versions = [.. pending.OrderBy(p => Version.TryParse(p.Version, out var v) ? v : new Version()).Select(p => p.Version)];
        Latest = Versions.Length == 0 ? null : Versions[^1];
        return ActivityResult.Complete(Versions.Length == 0 ? "UpToDate" : "Available");
    }
}
