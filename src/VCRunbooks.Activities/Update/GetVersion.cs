using VCRunbooks.Activities.Common;
using VCRunbooks.Activities.Sessions;
using VCRunbooks.Engine.Activities;
using VCRunbooks.VCenter.Client;

namespace VCRunbooks.Activities.Update;

/// <summary>Reads the installed version (<c>GET /api/appliance/system/version</c>): outcome Matches (also when nothing is expected) or Differs.</summary>
[Activity("vCenter", "Reads the installed version; Matches or Differs when an expected version is given.", Traits = ActivityTraits.Pure)]
[Outcomes("Matches", "Differs")]
public sealed class GetVersion(IVCenterSessions sessions) : VCenterActivity(sessions)
{
    /// <summary>The version expected, compared exactly, e.g. <c>8.0.2.00200</c>; any version matches when null or empty.</summary>
    [Input(Description = "The version expected, e.g. 8.0.2.00200; any version matches when empty.")]
    public string? Expected { get; set; }

    /// <summary>The installed version.</summary>
    [Output(Description = "The installed version.")]
    public string? Version { get; set; }

    /// <summary>The installed build number.</summary>
    [Output(Description = "The installed build.")]
    public string? Build { get; set; }

    /// <inheritdoc/>
    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, IVCenterClient client, CancellationToken cancellationToken)
    {
        var version = await client.System.GetVersionAsync(cancellationToken);
        Version = version.Version;
        Build = version.Build;
        return ActivityResult.Complete(string.IsNullOrEmpty(Expected) || Expected == Version ? "Matches" : "Differs");
    }
}
