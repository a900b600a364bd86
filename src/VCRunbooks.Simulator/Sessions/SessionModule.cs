using VCRunbooks.Simulator.Auth;
using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Sessions;

namespace VCRunbooks.Simulator.Sessions;

/// <summary>SSO sessions: create with basic auth, get, delete; the /rest form also sets a cookie.</summary>
internal sealed class SessionModule : IVapiModule
{
    public void Map(VapiRouteTable routes)
    {
        routes.Add(new VapiOperation
        {
            Method = "POST", Api = "/api/session", Rest = "/rest/com/vmware/cis/session",
            Access = Access.Anonymous, Side = Side.Management, Handler = Create,
        });
        routes.Add(new VapiOperation
        {
            Method = "GET", Api = "/api/session", RestMethod = "POST", Rest = "/rest/com/vmware/cis/session?~action=get",
            Access = Access.Read, Side = Side.Management, Handler = Get,
        });
        routes.Add(new VapiOperation
        {
            Method = "DELETE", Api = "/api/session", Rest = "/rest/com/vmware/cis/session",
            Access = Access.Read, Side = Side.Management, Handler = Delete,
        });
    }

    private static VapiResult Create(VapiContext context)
    {
        if (!Authenticator.TryBasic(context.Http, out var name, out var password))
        {
            throw Authenticator.Unauthenticated();
        }
        // SSO users log in to the vAPI endpoint; root logs in only on the management side (5480).
        var user = context.Appliance.Users.AuthenticateSso(name, password)
            ?? context.Appliance.Users.AuthenticateLocal(name, password)
            ?? throw Authenticator.Unauthenticated();
        var session = context.Appliance.Sessions.Create(user, context.Now);
        if (context.IsRest && !string.Equals(context.Http.Request.Headers["vmware-use-header-authn"], "true", StringComparison.OrdinalIgnoreCase))
        {
            context.Http.Response.Cookies.Append(Authenticator.SessionHeader, session.Token, new CookieOptions { Path = "/rest", HttpOnly = true });
        }
        return context.IsRest ? VapiResult.Ok(session.Token) : VapiResult.Created(session.Token);
    }

    private static VapiResult Get(VapiContext context)
    {
        var token = CurrentToken(context);
        var session = token is null ? null : context.Appliance.Sessions.Touch(token, context.Now);
        var user = context.User!;
        return VapiResult.Ok(new SessionInfo
        {
            User = user.Name,
            CreatedTime = session?.CreatedTime ?? context.Now,
            LastAccessedTime = session?.LastAccessedTime ?? context.Now,
        });
    }

    private static VapiResult Delete(VapiContext context)
    {
        if (CurrentToken(context) is { } token)
        {
            context.Appliance.Sessions.Delete(token);
        }
        return VapiResult.NoContent();
    }

    private static string? CurrentToken(VapiContext context) =>
        context.Http.Request.Headers[Authenticator.SessionHeader].FirstOrDefault() ?? context.Http.Request.Cookies[Authenticator.SessionHeader];
}
