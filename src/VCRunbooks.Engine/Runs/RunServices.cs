using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Engine.Runs;

/// <summary>The engine services a run pass needs, bundled so sessions and executors stay small.</summary>
internal sealed class RunServices(
    EngineOptions options,
    IDbContextFactory<EngineDbContext> contexts,
    DefinitionStore definitions,
    IActivityCatalog catalog,
    IServiceProvider services,
    ILoggerFactory loggers)
{
    public EngineOptions Options { get; } = options;
    public IDbContextFactory<EngineDbContext> Contexts { get; } = contexts;
    public DefinitionStore Definitions { get; } = definitions;
    public IActivityCatalog Catalog { get; } = catalog;
    public IServiceProvider Services { get; } = services;
    public ILoggerFactory Loggers { get; } = loggers;
}
