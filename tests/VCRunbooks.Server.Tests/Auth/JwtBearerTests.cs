using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Auth;

public sealed class JwtBearerTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static string Token(string role, string signingKey = TestKeys.JwtSigningKey, string audience = TestKeys.JwtAudience, DateTime? expires = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim("sub", "alice"), new Claim("role", role)]),
            Issuer = TestKeys.JwtIssuer,
            Audience = audience,
            NotBefore = DateTime.UtcNow.AddMinutes(-5),
            Expires = expires ?? DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });

    [Fact]
    public async Task Bearer_ViewerRole_ReadsTargetsButCannotListSecrets()
    {
        var client = fixture.Server.BearerClient(Token(Roles.Viewer));

        using var targets = await client.GetAsync(new Uri("/api/targets", UriKind.Relative));
        using var secrets = await client.GetAsync(new Uri("/api/secrets", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, targets.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, secrets.StatusCode);
    }

    [Fact]
    public async Task Bearer_AdminRole_ListsSecrets()
    {
        using var response = await fixture.Server.BearerClient(Token(Roles.Admin)).GetAsync(new Uri("/api/secrets", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData("wrong-audience")]
    [InlineData("expired")]
    public async Task Bearer_InvalidToken_Answers401(string flaw)
    {
        var token = flaw switch
        {
            "wrong-key" => Token(Roles.Admin, signingKey: "another-signing-key-0123456789abcdef0123"),
            "wrong-audience" => Token(Roles.Admin, audience: "someone-else"),
            _ => Token(Roles.Admin, expires: DateTime.UtcNow.AddMinutes(-6)),
        };

        using var response = await fixture.Server.BearerClient(token).GetAsync(new Uri("/api/targets", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Bearer_UnknownRole_Answers403()
    {
        using var response = await fixture.Server.BearerClient(Token("superuser")).GetAsync(new Uri("/api/targets", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
