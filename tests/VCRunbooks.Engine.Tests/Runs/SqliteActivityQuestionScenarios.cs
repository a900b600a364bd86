using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Runs;

public sealed class SqliteActivityQuestionScenarios : ActivityQuestionScenarios
{
    protected override Task<EngineStorage> CreateStorageAsync() => Task.FromResult(EngineStorage.Sqlite());
}
