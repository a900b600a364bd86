using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using VCRunbooks.Server.Hosting;

namespace VCRunbooks.Server.Auth;

/// <summary>API keys always; JWT bearer when configured; role policies for the endpoints.</summary>
internal static class AuthServiceCollectionExtensions
{
    private const string SelectorScheme = "ApiKeyOrBearer";

    public static IServiceCollection AddServerAuth(this IServiceCollection services, IConfiguration configuration, DataFolder data)
    {
        var options = configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        var configuredAdmin = options.ApiKeys.Any(k => k.Role == Roles.Admin) || options.Jwt.Enabled;
        var firstRun = options.GenerateFirstRunAdminKey && !configuredAdmin ? FirstRunAdminKey.LoadOrCreate(data) : null;
        if (firstRun is not null)
        {
            services.AddSingleton(firstRun);
        }
        services.AddSingleton(new ApiKeyRing(options, firstRun));

        var authentication = services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, "API key or bearer token", policy =>
                policy.ForwardDefaultSelector = http =>
                    options.Jwt.Enabled && http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? JwtBearerDefaults.AuthenticationScheme
                        : ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        if (options.Jwt.Enabled)
        {
            authentication.AddJwtBearer(jwt => ConfigureJwt(jwt, options.Jwt));
        }
        Policies.Add(services.AddAuthorizationBuilder());
        return services;
    }

    private static void ConfigureJwt(JwtBearerOptions jwt, JwtOptions options)
    {
        jwt.MapInboundClaims = false;
        jwt.Authority = options.Authority;
        jwt.Audience = options.Audience;
        jwt.TokenValidationParameters.RoleClaimType = options.RoleClaim;
        jwt.TokenValidationParameters.NameClaimType = "sub";
        jwt.TokenValidationParameters.ValidateAudience = options.Audience is not null;
        jwt.TokenValidationParameters.ValidAudience = options.Audience;
        jwt.TokenValidationParameters.ValidateIssuer = options.Issuer is not null;
        jwt.TokenValidationParameters.ValidIssuer = options.Issuer;
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            var key = Encoding.UTF8.GetBytes(options.SigningKey);
            if (key.Length < 32)
            {
                throw new InvalidOperationException("Auth:Jwt:SigningKey must be at least 32 bytes.");
            }
            jwt.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(key);
        }
    }
}
