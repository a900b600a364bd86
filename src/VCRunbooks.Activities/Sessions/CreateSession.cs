using Microsoft.Extensions.Logging;
using VCRunbooks.Activities.Common;
using VCRunbooks.Engine.Activities;
using VCRunbooks.VCenter.Client.Errors;

namespace VCRunbooks.Activities.Sessions;

/// <summary>
/// Opens a session to a registered target, with credentials from its secrets: SSO on the vAPI endpoint (logged in and
/// checked with <c>GET /api/session</c>) or local root on the management side (logged in at first use). Outcome: Done.
/// An unknown target or a missing secret faults the step.
/// </summary>
/// <remarks>
/// Logging in again is harmless, so re-execution after a crash needs no key. The output names the target and the
/// kind, not a session id: a run resumed in another process logs in afresh with the same credentials.
/// </remarks>
[Activity("vCenter", "Logs in to a named target with SSO or local root, credentials from secrets.", Traits = ActivityTraits.Pure)]
public sealed class CreateSession(IVCenterSessions sessions) : Activity
{
    /// <summary>The target's name as registered.</summary>
    [Input(Required = true, Description = "The target's name, as registered with its secrets.")]
    public string Target { get; set; } = string.Empty;

    /// <summary>Sso for the vAPI endpoint, Root for the appliance management side (stage 2, restore).</summary>
    [Input(Description = "Sso for the vAPI endpoint, Root for the appliance management side (stage 2, restore).", Default = "Sso")]
    public SessionKind Kind { get; set; } = SessionKind.Sso;

    /// <summary>The session reference for later activities' Session input, e.g. <c>vc01/Sso</c>: names no secret and no live connection.</summary>
    [Output(Description = "The session to pass to later vCenter activities.")]
    public string? Session { get; set; }

    /// <summary>The SSO user the session belongs to; null for Root.</summary>
    [Output(Description = "Who the SSO session belongs to (empty for root).")]
    public string? User { get; set; }

    /// <inheritdoc/>
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var kind = Kind;
        var reference = new SessionReference(Target, kind);
        var client = await sessions.GetAsync(reference, context.CancellationToken);
        if (kind == SessionKind.Sso)
        {
            try
            {
                User = (await client.Session.GetAsync(context.CancellationToken)).User;
            }
            catch (VCenterException ex) when (ex.IsTransient)
            {
                throw new TransientException($"Target '{Target}' was not reachable: {ex.Message}", ex);
            }
        }

        Session = reference.ToString();
        context.Logger.LogSessionCreated(Target, kind);
        return ActivityResult.Done;
    }
}
