using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Persistence;

[RequiresPostgres]
public sealed class PostgresCommitPathScenarios : CommitPathScenarios
{
    protected override Task<EngineStorage> CreateStorageAsync() => EngineStorage.PostgresAsync();
}
