using VCRunbooks.Activities.Common;
using VCRunbooks.Activities.Sessions;
using VCRunbooks.Engine.Activities;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Services;

namespace VCRunbooks.Activities.Services;

/// <remarks>Read-only. Services that start automatically must be started; manual and disabled ones are not judged.</remarks>
[Activity("vCenter", "Checks that every automatically starting vCenter service is started; Running or NotRunning.", Traits = ActivityTraits.Pure)]
[Outcomes("Running", "NotRunning")]
public sealed class CheckServices(IVCenterSessions sessions) : VCenterActivity(sessions)
{
    [Input(Description = "Services that need not be started, e.g. optional ones.")]
    public string[] Ignore { get; set; } = [];

    [Output(Description = "Automatic services that are not started.")]
    public string[] Stopped { get; set; } = [];

    [Output(Description = "How many services were checked.")]
    public int Checked { get; set; }

    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, IVCenterClient client, CancellationToken cancellationToken)
    {
        var services = await client.Services.ListVCenterAsync(cancellationToken);
        var automatic = services.Where(s => s.Value.StartupType == StartupType.Automatic && !Ignore.Contains(s.Key, StringComparer.Ordinal)).ToList();
        Checked = automatic.Count;
        Stopped = [.. automatic.Where(s => s.Value.State != ServiceState.Started).Select(s => s.Key).Order(StringComparer.Ordinal)];
        return ActivityResult.Complete(Stopped.Length == 0 ? "Running" : "NotRunning");
    }
}
