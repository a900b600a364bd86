using System.Net.Http.Headers;
using System.Text;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Errors;

namespace VCRunbooks.Simulator.Auth;

/// <summary>Finds the caller of a request: a session token (header or /rest cookie), or basic auth where allowed.</summary>
internal static class Authenticator
{
    public const string SessionHeader = "vmware-api-session-id";

    public static Principal Authenticate(HttpContext http, Appliance appliance, VapiOperation operation, DateTimeOffset now)
    {
        var token = http.Request.Headers[SessionHeader].FirstOrDefault() ?? http.Request.Cookies[SessionHeader];
        if (!string.IsNullOrEmpty(token))
        {
            return appliance.Sessions.Touch(token, now)?.User ?? throw Unauthenticated();
        }
        // The management side (port 5480) takes local root basic auth on every call.
        if (operation.Side == Side.Management && TryBasic(http, out var user, out var password))
        {
            return appliance.Users.AuthenticateLocal(user, password) ?? appliance.Users.AuthenticateSso(user, password) ?? throw Unauthenticated();
        }
        throw Unauthenticated();
    }

    public static void Authorize(Principal user, Access access)
    {
        var needed = access switch
        {
            Access.Write => Role.Admin,
            Access.Manage => Role.SuperAdmin,
            _ => Role.Operator,
        };
        if (user.Role < needed)
        {
            var roleName = needed switch { Role.Admin => "admin", Role.SuperAdmin => "superAdmin", _ => "operator" };
            throw new VapiException(ErrorType.Unauthorized, "vapi.security.authorization.invalid",
                $"User needs to have {roleName} privileges.", roleName);
        }
    }

    public static bool TryBasic(HttpContext http, out string user, out string password)
    {
        user = password = "";
        if (!AuthenticationHeaderValue.TryParse(http.Request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return false;
        }
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return false;
        }
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }
        user = decoded[..colon];
        password = decoded[(colon + 1)..];
        return true;
    }

    public static VapiException Unauthenticated() => new(new VapiError
    {
        ErrorType = ErrorType.Unauthenticated,
        Messages = [LocalizableMessage.Of("com.vmware.vapi.endpoint.method.authentication.required", "Authentication required.")],
    });
}
