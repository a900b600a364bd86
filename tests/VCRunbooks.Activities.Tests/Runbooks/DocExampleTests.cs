using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Activities.Tests.Runbooks;

/// <summary>
/// Every runbook shown in the docs (a ```json block with an "activities" array) is one a reader can paste and
/// publish: it parses and validates against the real activity catalog.
/// </summary>
public sealed partial class DocExampleTests
{
    private static string DocsFolder => Path.Combine(AppContext.BaseDirectory, "docs");

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Directory.GetFiles(DocsFolder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var blocks = JsonBlocks(File.ReadAllText(file));
            for (var i = 0; i < blocks.Count; i++)
            {
                if (IsRunbook(blocks[i]))
                {
                    data.Add(Path.GetRelativePath(DocsFolder, file), i);
                }
            }
        }

        return data;
    }

    [Fact]
    public void Docs_ShowAtLeastOneRunbook()
    {
        Assert.NotEmpty(Examples());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Validate_RunbookInDocs_HasNoErrors(string file, int block)
    {
        var services = new ServiceCollection();
        services.AddRunbookEngine(o => o.StartWorkers = false).AddVCenterActivities();
        await using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<IRunbookEngine>();

        var json = JsonBlocks(await File.ReadAllTextAsync(Path.Combine(DocsFolder, file)))[block];
        var errors = engine.Validate(RunbookJson.Parse(json));

        Assert.True(errors.Count == 0, $"{file}, json block {block}:\n" + string.Join("\n", errors.Select(e => $"{e.Path}: {e.Reason}")));
    }

    private static List<string> JsonBlocks(string markdown) =>
        JsonFence().Matches(markdown).Select(m => m.Groups["body"].Value).ToList();

    private static bool IsRunbook(string json)
    {
        try
        {
            return JsonNode.Parse(json) is JsonObject o && o["activities"] is JsonArray;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^```json\s*\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex JsonFence();
}
