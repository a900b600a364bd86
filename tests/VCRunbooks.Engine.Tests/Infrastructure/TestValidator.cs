using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Engine.Tests.Infrastructure;

/// <summary>One validator (and its catalog) with the test activities, shared by the tests that only validate.</summary>
internal static class TestValidator
{
    private static readonly Lazy<ServiceProvider> Services = new(() =>
    {
        var services = new ServiceCollection();
        services.AddSingleton(new Probe());
        services.AddRunbookEngine().AddActivity<RecordStep>();
        return services.BuildServiceProvider();
    });

    public static RunbookValidator Instance => Services.Value.GetRequiredService<RunbookValidator>();

    public static IActivityCatalog Catalog => Services.Value.GetRequiredService<IActivityCatalog>();
}
