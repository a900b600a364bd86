using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Runs;

/// <summary>GET /api/drafts lists saved drafts, including runbooks never published, so the console's list shows them.</summary>
public sealed class DraftListTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task ListDrafts_AfterSavingANewRunbook_ListsItWithItsName()
    {
        var draft = JsonNode.Parse(TestRunbooks.Hello)!;
        draft["id"] = "drafts-only";
        draft["name"] = "Never published";
        using var saved = await fixture.Server.Client(Roles.Author).PutAsJsonAsync("/api/runbooks/drafts-only/draft", draft);
        saved.EnsureSuccessStatusCode();

        var list = JsonDocument.Parse(await fixture.Server.Client(Roles.Author).GetStringAsync(new Uri("/api/drafts", UriKind.Relative))).RootElement;

        var entry = list.EnumerateArray().Single(d => d.GetProperty("id").GetString() == "drafts-only");
        Assert.Equal("Never published", entry.GetProperty("name").GetString());
        Assert.True(entry.GetProperty("savedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task ListActivities_StringInputWithAFixedSet_CarriesItsChoices()
    {
        var catalog = JsonDocument.Parse(await fixture.Server.Client(Roles.Viewer).GetStringAsync(new Uri("/api/activities", UriKind.Relative))).RootElement;

        var kind = catalog.EnumerateArray().Single(a => a.GetProperty("type").GetString() == "CreateSession")
            .GetProperty("inputs").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "Kind");
        Assert.Equal(["Sso", "Root"], kind.GetProperty("choices").EnumerateArray().Select(c => c.GetString()));
    }
}
