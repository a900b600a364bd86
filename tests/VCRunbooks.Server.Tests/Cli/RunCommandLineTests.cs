using VCRunbooks.Server.Cli;

namespace VCRunbooks.Server.Tests.Cli;

public sealed class RunCommandLineTests
{
    [Fact]
    public void Parse_RunbookOnly_NoTargetNoInputs()
    {
        var parsed = RunCommandLine.Parse(["patching"], out var error);

        Assert.Null(error);
        Assert.Equal("patching", parsed.Runbook);
        Assert.Null(parsed.Target);
        Assert.Empty(parsed.Inputs);
    }

    [Fact]
    public void Parse_TargetInputsAndSettings_AllCaptured()
    {
        var parsed = RunCommandLine.Parse(
            ["upgrade", "--target", "vc-lab", "--input", "version=8.0.3.00000", "-i", "note=a=b", "--Server:DataPath=/tmp/x"], out var error);

        Assert.Null(error);
        Assert.Equal("vc-lab", parsed.Target);
        Assert.Equal("8.0.3.00000", parsed.Inputs["version"]);
        Assert.Equal("a=b", parsed.Inputs["note"]);
        Assert.Equal(["--Server:DataPath=/tmp/x"], parsed.HostArgs);
    }

    [Theory]
    [InlineData(new string[0], "name the runbook")]
    [InlineData(new[] { "patching", "--target" }, "--target needs a value")]
    [InlineData(new[] { "patching", "--input", "novalue" }, "must be key=value")]
    [InlineData(new[] { "patching", "--input", "a=1", "--input", "a=2" }, "given twice")]
    [InlineData(new[] { "patching", "upgrade" }, "only one runbook")]
    [InlineData(new[] { "patching", "--verbose" }, "unknown option '--verbose'")]
    public void Parse_BadArguments_ErrorSaysWhatIsWrong(string[] args, string expected)
    {
        RunCommandLine.Parse(args, out var error);

        Assert.NotNull(error);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
