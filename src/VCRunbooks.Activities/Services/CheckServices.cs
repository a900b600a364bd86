using VCRunbooks.Activities.Common;
using VCRunbooks.Activities.Sessions;
using VCRunbooks.Engine.Activities;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Services;

namespace VCRunbooks.Activities.Services;

/// <summary>Reads the vCenter services (<c>GET /api/vcenter/services</c>): outcome Running when every automatic one is started, else NotRunning.</summary>
/// <remarks>Read-only. Services that start automatically must be started; manual and disabled ones are not judged.</remarks>
[Activity("vCenter", "Checks that every automatically starting vCenter service is started; Running or NotRunning.", Traits = ActivityTraits.Pure)]
[Outcomes("Running", "NotRunning")]
public sealed class CheckServices(IVCenterSessions sessions) : VCenterActivity(sessions)
{
    /// <summary>Service names not to judge (exact, case-sensitive), e.g. optional ones.</summary>
    [Input(Description = "Services that need not be started, e.g. optional ones.")]
    public string[] Ignore { get; set; } = [];

    /// <summary>The automatic services not started, in name order; empty on Running.</summary>
    [Output(Description = "Automatic services that are not started.")]
    public string[] Stopped { get; set; } = [];

    /// <summary>How many automatic services were judged (those in <see cref="Ignore"/> not counted).</summary>
    [Output(Description = "How many services were checked.")]
    public int Checked { get; set; }

    /// <inheritdoc/>
    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, IVCenterClient client, CancellationToken cancellationToken)
    {
        var services = await client.Services.ListVCenterAsync(cancellationToken);
        var automatic = services.Where(s => s.Value.StartupType == StartupType.Automatic && !Ignore.Contains(s.Key, StringComparer.Ordinal)).ToList();
        Checked = automatic.Count;
        Stopped = [.. automatic.Where(s => s.Value.State != ServiceState.Started).Select(s => s.Key).Order(StringComparer.Ordinal)];
        return ActivityResult.Complete(Stopped.Length == 0 ? "Running" : "NotRunning");
    }
}
