using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Activities.Tests.Infrastructure;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Activities.Tests.Runbooks;

public sealed class RunbookFileTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in RunbookFiles.All())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Validate_RunbookFile_HasNoErrors(string fileName)
    {
        var services = new ServiceCollection();
        services.AddRunbookEngine(o => o.StartWorkers = false).AddVCenterActivities();
        await using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<IRunbookEngine>();

        var definition = RunbookJson.Parse(await File.ReadAllTextAsync(Path.Combine(RunbookFiles.Folder, fileName)));
        var errors = engine.Validate(definition);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Reason}")));
        Assert.Equal(Path.GetFileNameWithoutExtension(fileName), definition.Id);
    }

    [Fact]
    public void All_RunbooksFolder_HasTheIssuesRunbooks()
    {
        var ids = RunbookFiles.All().Select(Path.GetFileNameWithoutExtension).ToList();

        Assert.Equal(["backup", "patching", "restore-and-reconcile", "upgrade"], ids);
    }
}
