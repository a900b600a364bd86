using System.Net;
using System.Text;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Runs;

/// <summary>
/// The hardening report's bad inputs, one row each: every one is a 400 (or, for a runbook draft, an invalid
/// validation) that names the field, the rule and, where there is one, the allowed values.
/// </summary>
public sealed class BadInputTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string Activities = """
        "activities": [ { "id": "start", "type": "Start" }, { "id": "log", "type": "Log", "inputs": { "Message": "hi" } } ],
        "connections": [ { "from": "start", "to": "log" } ]
        """;

    private static readonly string Mb = new('x', 1024 * 1024);

    public static TheoryData<string, string, string?, string[]> Cases => new()
    {
        // runbook documents: wrong JSON types, text a file cannot hold, unknown enum values
        { "PUT", "/api/runbooks/typed/draft", $$"""{ "id": 5, "name": "n", {{Activities}} }""", ["$.id", "must be a string"] },
        { "POST", "/api/runbooks/validate", $$"""{ "id": "v", "name": { "a": 1 }, {{Activities}} }""", ["$.name", "must be a string"] },
        { "POST", "/api/runbooks/validate", $$"""{ "id": ["v"], "name": "n", {{Activities}} }""", ["$.id", "must be a string"] },
        { "POST", "/api/runbooks/validate", """{ "id": "j", "name": "n", "activities": [ { "id": "start", "type": "Start", "join": "sometimes" } ], "connections": [] }""", ["$.activities[0].join", "any, all"] },
        { "PUT", "/api/runbooks/nul/draft", $$"""{ "id": "nul", "name": "a\u0000b", {{Activities}} }""", ["$.name", "control character"] },
        { "PUT", "/api/runbooks/surrogate/draft", $$"""{ "id": "surrogate", "name": "a\ud800b", {{Activities}} }""", ["$.name", "surrogate"] },
        // targets
        { "PUT", "/api/targets/t1", """{ "address": "vc.lab", "apiPort": "443" }""", ["apiPort", "number"] },
        { "PUT", "/api/targets/t1", """{ "address": "vc.lab", "managementPort": true }""", ["managementPort", "number"] },
        { "PUT", "/api/targets/t1", """{ "address": "vc.lab", "hostHeader": "" }""", ["hostHeader", "host name"] },
        { "PUT", "/api/targets/t1", $$"""{ "address": "vc.lab", "hostHeader": "{{Mb}}" }""", ["hostHeader", "host name"] },
        { "PUT", "/api/targets/t1", """{ "address": "vc.lab", "ssoUser": "" }""", ["ssoUser", "1-256 characters"] },
        { "PUT", "/api/targets/t1", $$"""{ "address": "vc.lab", "ssoUser": "{{Mb}}" }""", ["ssoUser", "1-256 characters"] },
        // queries
        { "GET", "/api/runs?status=99", null, ["status", "Running", "Completed"] },
        { "GET", "/api/runs?status=sleeping", null, ["status", "Running", "Completed"] },
        { "GET", "/api/runs?status=Running,Completed", null, ["status", "Running", "Completed"] },
        { "GET", "/api/runs?skip=-1", null, ["skip", "0 or more"] },
        { "GET", "/api/runs?take=0", null, ["take", "1 to 1000"] },
        { "GET", "/api/runs?take=5000", null, ["take", "1 to 1000"] },
        { "GET", "/api/runs?runbook=" + new string('r', 6000), null, ["runbook", "1 to 100"] },
        { "GET", "/api/targets?tag=a%0D%0Ab", null, ["tag", "1-64 characters"] },
        { "GET", "/api/targets?tag=a%00b", null, ["tag", "1-64 characters"] },
        // events
        { "POST", "/api/events/approval", $$"""{ "correlationKey": "{{Mb}}" }""", ["correlationKey", "at most 200 characters"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadInput_IsRefusedNamingTheFieldAndRule(string method, string url, string? body, string[] mentions)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await fixture.Server.Client(Roles.Admin).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        // A draft is saved even when invalid; its answer is 200 with valid:false. Everything else is a 400.
        if (url.EndsWith("/draft", StringComparison.Ordinal) && response.StatusCode == HttpStatusCode.OK || url.EndsWith("/validate", StringComparison.Ordinal))
        {
            Assert.Contains("\"valid\":false", text, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {text[..Math.Min(400, text.Length)]}");
        }

        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePosition", text, StringComparison.Ordinal);
        foreach (var mention in mentions)
        {
            Assert.Contains(mention, text, StringComparison.Ordinal);
        }
    }
}
