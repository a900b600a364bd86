using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Activities;

namespace VCRunbooks.Activities.Tests.Catalog;

public sealed class CatalogTests
{
    private static readonly string[] Expected =
    [
        "AnswerQuestion", "CheckHealth", "CheckServices", "ConfigureBackupSchedule", "CreateSession", "CreateSupportBundle",
        "FindTargets", "GetVersion", "ListPendingUpdates", "Reconcile", "StageAndInstall", "StartBackup", "StartRestore", "StartUpgrade", "WaitForJob",
    ];

    private static IActivityCatalog Catalog()
    {
        var services = new ServiceCollection();
        services.AddRunbookEngine(o => o.StartWorkers = false).AddVCenterActivities();
        return services.BuildServiceProvider().GetRequiredService<IActivityCatalog>();
    }

    [Fact]
    public void AddVCenterActivities_Registered_CatalogListsEveryActivityWithDescribedInputsAndOutputs()
    {
        var catalog = Catalog();

        var ours = catalog.All.Where(d => Expected.Contains(d.Type)).ToList();

        Assert.Equal(Expected, ours.Select(d => d.Type).Order(StringComparer.Ordinal));
        Assert.All(ours, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Description));
            Assert.All(d.Inputs, i => Assert.False(string.IsNullOrWhiteSpace(i.Description), $"{d.Type}.{i.Name} has no description"));
            Assert.All(d.Outputs, o => Assert.False(string.IsNullOrWhiteSpace(o.Description), $"{d.Type}.{o.Name} has no description"));
        });
    }

    [Theory]
    [InlineData("StartBackup", "Started", "TooLarge")]
    [InlineData("WaitForJob", "Succeeded", "Failed", "TimedOut", "Question")]
    [InlineData("AnswerQuestion", "Answered", "AskHuman")]
    [InlineData("CheckHealth", "Healthy", "Unhealthy")]
    public void Find_ActivityWithOutcomes_ListsThemForTheDesigner(string type, params string[] outcomes)
    {
        var descriptor = Catalog().Find(type);

        Assert.NotNull(descriptor);
        Assert.Equal(outcomes, descriptor.Outcomes);
    }

    [Fact]
    public void Find_SessionInput_IsRequiredOnEveryVCenterActivity()
    {
        var catalog = Catalog();

        foreach (var type in Expected.Where(t => t is not "CreateSession" and not "FindTargets"))
        {
            var session = catalog.Find(type)!.Inputs.Single(i => i.Name == "Session");
            Assert.True(session.Required, $"{type}.Session should be required");
        }
    }
}
