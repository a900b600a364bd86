using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Runs;

[RequiresPostgres]
public sealed class PostgresActivityQuestionScenarios : ActivityQuestionScenarios
{
    protected override Task<EngineStorage> CreateStorageAsync() => EngineStorage.PostgresAsync();
}
