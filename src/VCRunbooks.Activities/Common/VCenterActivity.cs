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
    /// <summary>Which vCenter and how to log in: the Session output of CreateSession, e.g. <c>vc01/Sso</c>.</summary>
    [Input(Required = true, Description = "The Session output of CreateSession, e.g. \"vc01/Sso\".")]
    public string Session { get; set; } = string.Empty;

    /// <inheritdoc/>
    /// <remarks>Resolves <see cref="Session"/> to the process's shared client, then calls the typed overload; the client logs in again by itself when its session expired.</remarks>
    /// <exception cref="ArgumentException"><see cref="Session"/> is not <c>target/Sso</c> or <c>target/Root</c>.</exception>
    /// <exception cref="TransientException">vCenter was unreachable or restarting; the step's retry policy applies.</exception>
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

    /// <summary>
    /// Does the activity's work with a logged-in <paramref name="client"/>; <paramref name="cancellationToken"/> is the
    /// context's (cancel, timeout). A transient <c>VCenterException</c> thrown here becomes a <see cref="TransientException"/>.
    /// </summary>
    protected abstract ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, IVCenterClient client, CancellationToken cancellationToken);
}
