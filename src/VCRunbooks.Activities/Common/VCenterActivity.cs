using VCRunbooks.Activities.Sessions;
using VCRunbooks.Engine.Activities;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Errors;

namespace VCRunbooks.Activities.Common;

/// <summary>
/// An activity that talks to one vCenter through a session from CreateSession. Transient vCenter errors (503 while
/// services restart, dropped connections) become <see cref="TransientException"/>, so the step's retry policy applies.
/// </summary>
public abstract class VCenterActivity(IVCenterSessions sessions) : Activity
{
    [Input(Required = true, Description = "The Session output of CreateSession, e.g. \"vc01/Sso\".")]
    public string Session { get; set; } = string.Empty;

    public sealed override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        try
        {
            var client = await sessions.GetAsync(SessionReference.Parse(Session), context.CancellationToken);
            return await ExecuteAsync(context, client, context.CancellationToken);
        }
        catch (VCenterException ex) when (ex.IsTransient)
        {
            throw new TransientException($"vCenter was not reachable: {ex.Message}", ex);
        }
    }

    protected abstract ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, IVCenterClient client, CancellationToken cancellationToken);
}
