using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Engine.Tests.Persistence;

public sealed class SchemaScriptsTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public void Scripts_EachProvider_HaveDistinctAscendingVersionsFromOne(StorageProvider provider)
    {
        // Scripts() refuses a shared number (two merged branches that each took "the next" one).
        var versions = SchemaMigrator.Scripts(provider).Select(s => s.Version).ToList();

        Assert.Equal(1, versions[0]);
        Assert.Equal(versions.Distinct().Order(), versions);
    }
}
