using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Targets;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Targets;

public sealed class TargetsApiTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private HttpClient Admin => fixture.Server.Client(Roles.Admin);

    [Fact]
    public async Task PutTarget_Valid_RoundTripsWithDefaults()
    {
        await Admin.PutAsJsonAsync("/api/secrets/rt-sso", new { value = "Rt-Sso-Pass-1" });
        using var put = await Admin.PutAsJsonAsync("/api/targets/vc-lab", new
        {
            address = "vcsa-01.lab.local", ssoPasswordSecret = "rt-sso", tags = new[] { "lab", "eu" },
            thumbprint = string.Join(':', Enumerable.Repeat("ab", 32)),
        });
        var target = await fixture.Server.Client(Roles.Viewer).GetFromJsonAsync<TargetResponse>("/api/targets/vc-lab");

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.NotNull(target);
        Assert.Equal("https", target.Scheme);
        Assert.Equal(443, target.ApiPort);
        Assert.Equal(5480, target.ManagementPort);
        Assert.Equal("rt-sso", target.SsoPasswordSecret);
        Assert.Equal(string.Concat(Enumerable.Repeat("AB", 32)), target.Thumbprint);
        Assert.Equal(new Uri("https://vcsa-01.lab.local/"), target.ApiBaseAddress);
    }

    [Fact]
    public async Task PutTarget_Twice_SecondAnswers200AndReplaces()
    {
        await Admin.PutAsJsonAsync("/api/targets/vc-twice", new { address = "one.example.com" });

        using var second = await Admin.PutAsJsonAsync("/api/targets/vc-twice", new { address = "two.example.com", apiPort = 8443 });
        var target = await second.Content.ReadFromJsonAsync<TargetResponse>();

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("two.example.com", target!.Address);
        Assert.Equal(8443, target.ApiPort);
    }

    [Fact]
    public async Task PutTarget_Invalid_Answers400NamingEveryBadField()
    {
        using var response = await Admin.PutAsJsonAsync("/api/targets/vc-bad", new
        {
            address = "not a host", scheme = "ftp", apiPort = 0, managementPort = 70000, thumbprint = "xyz", rootPasswordSecret = "missing-secret",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        foreach (var field in new[] { "address", "scheme", "apiPort", "managementPort", "thumbprint", "rootPasswordSecret" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
    }

    [Fact]
    public async Task PutTarget_MalformedJson_Answers400ProblemNot500()
    {
        using var content = new StringContent("{\"address\": \"vcsa\", \"apiPort\": \"many\"}", System.Text.Encoding.UTF8, "application/json");

        using var response = await Admin.PutAsync(new Uri("/api/targets/vc-json", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("apiPort", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListTargets_ByTag_ReturnsOnlyTagged()
    {
        await Admin.PutAsJsonAsync("/api/targets/vc-tagged", new { address = "tagged.example.com", tags = new[] { "only-me" } });

        var tagged = await fixture.Server.Client(Roles.Viewer).GetFromJsonAsync<List<TargetResponse>>("/api/targets?tag=only-me");

        Assert.Equal(["vc-tagged"], tagged!.Select(t => t.Name));
    }

    [Fact]
    public async Task GetTarget_Unknown_Answers404Problem()
    {
        using var response = await fixture.Server.Client(Roles.Viewer).GetAsync(new Uri("/api/targets/nope", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("nope", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
