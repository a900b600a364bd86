using VCRunbooks.Server.Cli;
using VCRunbooks.Server.Hosting;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task Validate_ShippedRunbooks_AllValidExitZero()
    {
        var shipped = Path.Combine(ServerPaths.FindRepositoryRoot(AppContext.BaseDirectory)!, "runbooks");

        var (code, lines) = await ValidateAsync(shipped);

        Assert.Equal(ValidateCommand.Valid, code);
        var files = Directory.GetFiles(shipped, "*.json", SearchOption.AllDirectories).Length + Directory.GetFiles(shipped, "*.csx").Length;
        Assert.Equal($"{files} files: {files} valid, 0 invalid", lines[^1]);
    }

    [Fact]
    public async Task Validate_Errors_PrintedAsFileLineColumnAndExitOne()
    {
        Write("good.json", TestRunbooks.Hello);
        Write("unknown-type.json", """
            {
              "id": "unknown-type", "name": "Unknown type",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "x", "type": "NoSuchActivity" }
              ],
              "connections": [ { "from": "start", "to": "x" } ]
            }
            """);
        Write("wrong-type.json", "{ \"id\": \"wrong-type\",\n  \"name\": 5 }");
        Write("syntax.json", "{ \"id\": \"syntax\",\n  \"name\": \"Syntax\",\n  \"activities\": [ }");
        Write("expression.json", """
            { "id": "expression", "name": "Expression",
              "activities": [ { "id": "start", "type": "Start" },
                { "id": "log", "type": "Log", "inputs": { "Message": { "expr": "Inputs.nope" } } } ],
              "connections": [ { "from": "start", "to": "log" } ] }
            """);

        var (code, lines) = await ValidateAsync(_folder.Path);

        Assert.Equal(ValidateCommand.Invalid, code);
        var shown = _folder.Path;
        Assert.Contains($"{shown}/unknown-type.json:5:18: $.activities[1].type: unknown activity type 'NoSuchActivity'", lines);
        Assert.Contains($"{shown}/wrong-type.json:2:11: $.name: must be a string", lines);
        Assert.Contains(lines, l => l.StartsWith($"{shown}/syntax.json:3:19: ", StringComparison.Ordinal) && l.Contains("is not valid JSON", StringComparison.Ordinal));
        // The column of 'nope' inside the expression's string, not of the input.
        var expressionLine = File.ReadAllLines(Path.Combine(shown, "expression.json"))[2];
        var nope = expressionLine.IndexOf("nope", StringComparison.Ordinal) + 1;
        Assert.Contains(lines, l => l.StartsWith($"{shown}/expression.json:3:{nope}: $.activities[1].inputs.Message: C# error CS1061", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("good.json", StringComparison.Ordinal));
        Assert.Equal("5 files: 1 valid, 4 invalid (4 errors)", lines[^1]);
    }

    [Fact]
    public async Task Validate_FilesOfUnknownKind_ReportedAsSkippedNotErrors()
    {
        Write("hello.json", TestRunbooks.Hello);
        Write("README.md", "# runbooks");
        Write("patch.ps1", "Connect-VIServer");
        Write(".github/workflows/ci.yml", "on: push");

        var (code, lines) = await ValidateAsync(_folder.Path);

        Assert.Equal(ValidateCommand.Valid, code);
        Assert.Contains($"{_folder.Path}/patch.ps1: skipped: this server has no runbook file kind for '.ps1' files", lines);
        Assert.Contains($"{_folder.Path}/README.md: skipped: this server has no runbook file kind for '.md' files", lines);
        Assert.DoesNotContain(lines, l => l.Contains(".github", StringComparison.Ordinal));
        Assert.Equal("3 files: 1 valid, 0 invalid, 2 skipped", lines[^1]);
    }

    [Fact]
    public async Task Validate_ScriptRunbooks_CheckedThroughTheGuardWithFileLineAndColumn()
    {
        Write("hello-script.csx", "// name: Say hello\nvar who = Input<string>(\"who\", \"Whom to greet\", \"world\");\nLog($\"hello {who}\");\nawait Delay(TimeSpan.FromSeconds(1));\n");
        Write("clock.csx", "Log(\"start\");\nvar now = DateTime.Now;\n");

        var (code, lines) = await ValidateAsync(_folder.Path);

        Assert.Equal(ValidateCommand.Invalid, code);
        var error = Assert.Single(lines, l => l.StartsWith($"{_folder.Path}/clock.csx:2:", StringComparison.Ordinal));
        Assert.Contains("DateTime.Now", error, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("hello-script.csx", StringComparison.Ordinal));
        Assert.Equal("2 files: 1 valid, 1 invalid (1 error)", lines[^1]);
    }

    [Fact]
    public async Task Validate_TriggerFiles_CheckedWithTheFieldsLineAndColumn()
    {
        Write("hello.json", TestRunbooks.Hello);
        Write("triggers/hello-alias.json", """{ "id": "hello", "kind": "alias", "runbook": "hello", "formats": [ "hello" ] }""");
        Write("triggers/nightly.json", "{\n  \"id\": \"nightly\",\n  \"kind\": \"sometimes\"\n}");

        var (code, lines) = await ValidateAsync(_folder.Path);

        Assert.Equal(ValidateCommand.Invalid, code);
        Assert.Contains(lines, l => l.StartsWith($"{_folder.Path}/triggers/nightly.json:3:", StringComparison.Ordinal) && l.Contains("$.kind: must be one of", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("hello-alias.json", StringComparison.Ordinal));
        Assert.Equal("3 files: 2 valid, 1 invalid (1 error)", lines[^1]);
    }

    [Fact]
    public async Task Validate_TwoFilesOneRunbookId_SecondIsAnError()
    {
        Write("a.json", TestRunbooks.Hello);
        Write("b.json", TestRunbooks.Hello);

        var (code, lines) = await ValidateAsync(_folder.Path);

        Assert.Equal(ValidateCommand.Invalid, code);
        Assert.Contains($"{_folder.Path}/b.json:1:1: runbook id 'hello' is already defined by a.json; each runbook lives in one file", lines);
    }

    [Fact]
    public async Task Validate_MissingFolder_BadArguments()
    {
        var (code, lines) = await ValidateAsync(Path.Combine(_folder.Path, "nowhere"));

        Assert.Equal(ValidateCommand.BadArguments, code);
        Assert.Contains("is neither a folder nor a file", lines[0], StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private void Write(string path, string text)
    {
        var full = Path.Combine(_folder.Path, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static async Task<(int Code, string[] Lines)> ValidateAsync(string folder)
    {
        var output = new StringWriter();
        var code = await ValidateCommand.ExecuteAsync([folder], output, CancellationToken.None);
        return (code, output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
