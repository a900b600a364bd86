using VCRunbooks.Activities.Common;
using VCRunbooks.Activities.Sessions;
using VCRunbooks.Engine.Activities;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Update;

namespace VCRunbooks.Activities.Update;

[Activity("vCenter Update", "Lists the updates the appliance can install; Available or UpToDate.", Traits = ActivityTraits.Pure)]
[Outcomes("Available", "UpToDate")]
public sealed class ListPendingUpdates(IVCenterSessions sessions) : VCenterActivity(sessions)
{
    [Input(Description = "Where to look: LastCheck, Local or LocalAndOnline.", Default = "LocalAndOnline", Choices = ["LastCheck", "Local", "LocalAndOnline"])]
    public string Source { get; set; } = nameof(UpdateSourceType.LocalAndOnline);

    [Output(Description = "The pending versions, oldest first.")]
    public string[] Versions { get; set; } = [];

    [Output(Description = "The newest pending version, or null.")]
    public string? Latest { get; set; }

    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, IVCenterClient client, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<UpdateSourceType>(Source, ignoreCase: true, out var source) || !Enum.IsDefined(source))
        {
            throw new ArgumentException($"Source '{Source}' is not one of {string.Join(", ", Enum.GetNames<UpdateSourceType>())}.");
        }

        var pending = await client.Update.ListPendingAsync(source, cancellationToken: cancellationToken);
        Versions = [.. pending.OrderBy(p => Version.TryParse(p.Version, out var v) ? v : new Version()).Select(p => p.Version)];
        Latest = Versions.Length == 0 ? null : Versions[^1];
        return ActivityResult.Complete(Versions.Length == 0 ? "UpToDate" : "Available");
    }
}
