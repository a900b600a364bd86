using Microsoft.Extensions.Logging;
using VCRunbooks.Activities.Common;
using VCRunbooks.Engine.Activities;
using VCRunbooks.VCenter.Client.Errors;

namespace VCRunbooks.Activities.Sessions;

/// <remarks>
/// Logging in again is harmless, so re-execution after a crash needs no key. The output names the target and the
/// kind, not a session id: a run resumed in another process logs in afresh with the same credentials.
/// </remarks>
[Activity("vCenter", "Logs in to a named target with SSO or local root, credentials from secrets.", Traits = ActivityTraits.Pure)]
public sealed class CreateSession(IVCenterSessions sessions) : Activity
{
    [Input(Required = true, Description = "The target's name, as registered with its secrets.")]
    public string Target { get; set; } = string.Empty;

    [Input(Description = "Sso for the vAPI endpoint, Root for the appliance management side (stage 2, restore).", Default = "Sso", Choices = ["Sso", "Root"])]
    public string Kind { get; set; } = nameof(SessionKind.Sso);

    [Output(Description = "The session to pass to later vCenter activities.")]
    public string? Session { get; set; }

    [Output(Description = "Who the SSO session belongs to (empty for root).")]
    public string? User { get; set; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (!Enum.TryParse<SessionKind>(Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            throw new ArgumentException($"Kind '{Kind}' is not a session kind; use Sso or Root.");
        }

        var reference = new SessionReference(Target, kind);
        var client = await sessions.GetAsync(reference, context.CancellationToken);
        if (kind == SessionKind.Sso)
        {
            try
            {
                User = (await client.Session.GetAsync(context.CancellationToken)).User;
            }
            catch (VCenterException ex) when (ex.IsTransient || ex is VCenterConnectionException)
            {
                throw new TransientException($"Target '{Target}' was not reachable: {ex.Message}", ex);
            }
        }

        Session = reference.ToString();
        context.Logger.LogSessionCreated(Target, kind);
        return ActivityResult.Done;
    }
}
