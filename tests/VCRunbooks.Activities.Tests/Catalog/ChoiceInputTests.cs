using VCRunbooks.Engine;
using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Activities.Tests.Catalog;

/// <summary>
/// Inputs with a fixed set of values (session kind, job kind, location type, health level, backup days) are typed by
/// their enum: the catalog lists the choices for the designer, and a value outside them is refused at validation
/// with the choices named, instead of faulting the run hours later.
/// </summary>
public sealed class ChoiceInputTests
{
    [Theory]
    [InlineData("CreateSession", "Kind", "string", "Sso,Root")]
    [InlineData("WaitForJob", "Kind", "string", "Backup,Restore,Task,Update,Reconciliation,Deployment,HistoryImport")]
    [InlineData("StartBackup", "LocationType", "string", "Ftp,Ftps,Http,Https,Scp,Sftp,Nfs,Smb")]
    [InlineData("CheckHealth", "MaxLevel", "string", "Gray,Green,Yellow,Orange,Red")]
    [InlineData("ConfigureBackupSchedule", "Days", "string[]", "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday")]
    public void Catalog_EnumInput_IsAStringWithItsChoices(string activity, string input, string type, string choices)
    {
        var descriptor = CatalogEngine.Catalog.All.Single(d => d.Type == activity).Inputs.Single(i => i.Name == input);

        Assert.Equal(type, descriptor.Type);
        Assert.Equal(choices.Split(',').Order(StringComparer.Ordinal), descriptor.Choices!.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("""{ "Target": "vc", "Kind": "root" }""", null)]
    [InlineData("""{ "Target": "vc", "Kind": { "expr": "\"Ro\" + \"ot\"" } }""", null)]
    [InlineData("""{ "Target": "vc", "Kind": "Admin" }""", "'Admin' is not one of Sso, Root")]
    [InlineData("""{ "Target": "vc", "Kind": 1 }""", "1 is not one of Sso, Root")]
    public void Validate_SessionKind_AcceptsAChoiceInAnyCaseOrAnExpressionAndNamesTheChoicesOtherwise(string inputs, string? error)
    {
        var errors = CatalogEngine.Validate("CreateSession", inputs);

        if (error is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            var only = Assert.Single(errors);
            Assert.Equal("$.activities[1].inputs.Kind", only.Path);
            Assert.Contains(error, only.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_BackupDays_NamesTheItemOutsideTheChoices()
    {
        var errors = CatalogEngine.Validate("ConfigureBackupSchedule", """
            { "Session": "vc/Sso", "Location": "sftp://b/vc", "Hour": 2, "Days": ["Monday", "Funday"] }
            """);

        var only = Assert.Single(errors);
        Assert.Equal("$.activities[1].inputs.Days", only.Path);
        Assert.Contains("item 1: 'Funday' is not one of Monday", only.Reason, StringComparison.Ordinal);
    }
}
