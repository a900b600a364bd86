using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Activities.Tests.Catalog;

/// <summary>An engine with the vCenter activities and no workers: its catalog, and validation of one-activity runbooks.</summary>
internal static class CatalogEngine
{
    private static readonly Lazy<ServiceProvider> Provider = new(() =>
    {
        var services = new ServiceCollection();
        services.AddRunbookEngine(o => o.StartWorkers = false).AddVCenterActivities();
        return services.BuildServiceProvider();
    });

    public static IActivityCatalog Catalog => Provider.Value.GetRequiredService<IActivityCatalog>();

    public static IRunbookEngine Engine => Provider.Value.GetRequiredService<IRunbookEngine>();

    /// <summary>The errors of a runbook Start → one <paramref name="type"/> activity with these inputs (JSON); the activity is $.activities[1].</summary>
    public static IReadOnlyList<ValidationError> Validate(string type, string inputs)
    {
        var json = $$"""
            { "id": "catalog", "version": 0, "name": "catalog",
              "activities": [ { "id": "start", "type": "Start" }, { "id": "step", "type": "{{type}}", "inputs": {{inputs}} } ],
              "connections": [ { "from": "start", "to": "step" } ] }
            """;
        return Engine.Validate(RunbookJson.Parse(json));
    }
}
