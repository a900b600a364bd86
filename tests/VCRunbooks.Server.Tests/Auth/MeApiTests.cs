using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Auth;

/// <summary>GET /api/me tells a client (the web console) who the caller is and which role to follow.</summary>
public sealed class MeApiTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Operator)]
    [InlineData(Roles.Author)]
    [InlineData(Roles.Admin)]
    public async Task GetMe_WithRoleKey_AnswersNameAndRole(string role)
    {
        var me = JsonDocument.Parse(await fixture.Server.Client(role).GetStringAsync(new Uri("/api/me", UriKind.Relative))).RootElement;

        Assert.Equal($"test-{role}", me.GetProperty("name").GetString());
        Assert.Equal(role, me.GetProperty("role").GetString());
    }

    [Fact]
    public async Task GetMe_WithBearerToken_AnswersTheTokensHighestRole()
    {
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim("sub", "jane"), new Claim("role", Roles.Viewer), new Claim("role", Roles.Author)]),
            Issuer = TestKeys.JwtIssuer,
            Audience = TestKeys.JwtAudience,
            NotBefore = DateTime.UtcNow.AddMinutes(-5),
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(TestKeys.JwtSigningKey)), SecurityAlgorithms.HmacSha256),
        });

        var me = JsonDocument.Parse(await fixture.Server.BearerClient(token).GetStringAsync(new Uri("/api/me", UriKind.Relative))).RootElement;

        Assert.Equal("jane", me.GetProperty("name").GetString());
        Assert.Equal(Roles.Author, me.GetProperty("role").GetString());
    }

    [Fact]
    public async Task GetMe_WithoutKey_Is401()
    {
        using var response = await fixture.Server.Client(null).GetAsync(new Uri("/api/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
