using VCRunbooks.Server.Hosting;
using VCRunbooks.Server.Triggers.Chat.Aliases;
using VCRunbooks.Server.Triggers.Definitions;

namespace VCRunbooks.Server.Tests.Triggers;

/// <summary>The example trigger files shipped in runbooks/triggers/ load, and alias formats parse commands as documented.</summary>
public sealed class ShippedTriggerFilesTests
{
    public static TheoryData<string> Files()
    {
        var folder = Path.Combine(ServerPaths.FindRepositoryRoot(AppContext.BaseDirectory)!, "runbooks", "triggers");
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ShippedFile_Loads(string file)
    {
        var path = Path.Combine(ServerPaths.FindRepositoryRoot(AppContext.BaseDirectory)!, "runbooks", "triggers", file);

        var (definition, errors) = TriggerJson.Parse(File.ReadAllText(path));

        Assert.Empty(errors);
        Assert.Equal(Path.GetFileNameWithoutExtension(file).Replace("-alias", string.Empty, StringComparison.Ordinal), definition!.Id);
    }

    [Theory]
    [InlineData("patch vcsa-01", "target=vcsa-01")]
    [InlineData("patch vcsa-01 backup sftp://b/vcsa", "target=vcsa-01 backupLocation=sftp://b/vcsa")]
    [InlineData("PATCH vcsa-01 maxHealthLevel=Orange", "target=vcsa-01 maxHealthLevel=Orange")]
    [InlineData("patch \"vcsa 01\" backup \"sftp://b/with space\"", "target=vcsa 01 backupLocation=sftp://b/with space")]
    public void AliasFormat_Command_GivesInputs(string command, string expected)
    {
        var format = AliasFormat.Compile("patch {target} [backup {backupLocation}]").Format!;

        var values = format.Match(command, allowExtras: true)!;

        Assert.Equal(expected, string.Join(" ", values.Select(v => $"{v.Key}={v.Value}")));
    }

    [Theory]
    [InlineData("patch")]
    [InlineData("patch vcsa-01 backup")]
    [InlineData("upgrade vcsa-01")]
    public void AliasFormat_CommandThatDoesNotFit_NoMatch(string command) =>
        Assert.Null(AliasFormat.Compile("patch {target} [backup {backupLocation}]").Format!.Match(command, allowExtras: true));

    [Theory]
    [InlineData("{target} patch", "must start with a command word")]
    [InlineData("patch [backup {x}", "has a [ that is never closed")]
    [InlineData("patch {tar-get}", "whose name is not an input name")]
    [InlineData("patch {a} {a}", "names the parameter 'a' twice")]
    public void AliasFormat_Invalid_SaysWhy(string format, string reason) =>
        Assert.Contains(reason, AliasFormat.Compile(format).Error, StringComparison.Ordinal);
}
