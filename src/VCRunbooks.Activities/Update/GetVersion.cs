using VCRunbooks.Activities.Common;
using VCRunbooks.Activities.Sessions;
using VCRunbooks.Engine.Activities;
using VCRunbooks.VCenter.Client;

namespace VCRunbooks.Activities.Update;

[Activity("vCenter", "Reads the installed version; Matches or Differs when an expected version is given.", Traits = ActivityTraits.Pure)]
[Outcomes("Matches", "Differs")]
public sealed class GetVersion(IVCenterSessions sessions) : VCenterActivity(sessions)
{
    [Input(Description = "The version expected, e.g. 8.0.2.00200; any version matches when empty.")]
    public string? Expected { get; set; }

    [Output(Description = "The installed version.")]
    public string? Version { get; set; }

    [Output(Description = "The installed build.")]
    public string? Build { get; set; }

    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, IVCenterClient client, CancellationToken cancellationToken)
    {
        var version = await client.System.GetVersionAsync(cancellationToken);
        Version = version.Version;
        Build = version.Build;
        return ActivityResult.Complete(string.IsNullOrEmpty(Expected) || Expected == Version ? "Matches" : "Differs");
    }
}
