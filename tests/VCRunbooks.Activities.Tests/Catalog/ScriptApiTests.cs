using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.Testing;

namespace VCRunbooks.Activities.Tests.Catalog;

public sealed class ScriptApiTests
{
    private static IActivityCatalog Catalog()
    {
        var services = new ServiceCollection();
        services.AddRunbookEngine(o => o.StartWorkers = false).AddVCenterActivities();
        return services.BuildServiceProvider().GetRequiredService<IActivityCatalog>();
    }

    [Fact]
    public void ScriptApi_IsGeneratedFromTheCatalog_EveryActivityIsATypedAwaitableMethod()
    {
        var catalog = Catalog();

        var api = new ScriptCompilerProbe(catalog, new EngineOptions());

        var flow = new[] { "Start", "End", "If", "Switch", "Fork", "Join", "ForEach", "SetVariable", "Log", "Fail" };
        Assert.Equal(catalog.All.Select(d => d.Type).Except(flow).Order(StringComparer.Ordinal), api.ApiActivities.Order(StringComparer.Ordinal));
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "script-api.g.cs"), api.ApiSource);
        // FindTargets came after the script API: no code was written for it.
        Assert.Contains("public static Task<FindTargetsResult> FindTargets(global::System.String tag = default, CallPolicy policy = null)", api.ApiSource, StringComparison.Ordinal);
        Assert.Contains("public static Task<StartBackupResult> StartBackup(global::System.String session, global::System.String locationType, global::System.String location, ", api.ApiSource, StringComparison.Ordinal);
        Assert.Contains("public global::System.String JobId { get; init; }", api.ApiSource, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "script-api.g.cs"), api.ApiSource);
    }
}
