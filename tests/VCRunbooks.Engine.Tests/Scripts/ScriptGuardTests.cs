using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Scripts;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Scripts;

/// <summary>
/// What a script may not do, each refused at validation with the file, line and column of the code that does it;
/// and what scripts need (statements, loops, await, parallel branches, try/catch), accepted.
/// </summary>
public sealed class ScriptGuardTests
{
    private const string File = "runbooks/guarded.csx";

    private static IReadOnlyList<ValidationError> Validate(string code) =>
        TestValidator.Instance.Validate(ScriptRunbook.Parse(File, code));

    public static TheoryData<string, string, string> Refused => new()
    {
        { "var t = DateTime.Now;", "System.DateTime.Now", "the clock" },
        { "var t = DateTime.UtcNow;", "System.DateTime.UtcNow", "the clock" },
        { "var t = DateTimeOffset.UtcNow;", "System.DateTimeOffset.UtcNow", "the clock" },
        { "var g = Guid.NewGuid();", "System.Guid.NewGuid()", "not deterministic" },
        { "var r = new System.Random(1).Next();", "System.Random", "the run's Random" },
        { "await Task.Delay(1000);", "System.Threading.Tasks.Task.Delay", "use await Delay" },
        { "System.Threading.Thread.Sleep(1000);", "System.Threading.Thread", "threads" },
        { "await Task.Run(() => 1);", "System.Threading.Tasks.Task.Run", "threads" },
        { "var text = System.IO.File.ReadAllText(\"/etc/passwd\");", "System.IO.File", "files and streams" },
        { "var home = Environment.GetEnvironmentVariable(\"HOME\");", "System.Environment", "environment" },
        { "Environment.Exit(1);", "System.Environment", "environment" },
        { "var x = RecordStep(\"a\").Result;", "Result", "blocking" },
        { "lock (new object()) { }", "lock", "threads" },
        { "class Sneaky { ~Sneaky() { } }", "class Sneaky", "declaring types" },
        { "var t = typeof(string).Assembly;", "System.Reflection.Assembly", "reflection" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refused_NamesFileLineColumnAndWhy(string statement, string what, string why)
    {
        var errors = Validate($"// a script that reaches too far\nvar a = 1;\n  {statement}\n");

        var error = Assert.Single(errors);
        Assert.StartsWith($"{File}:3:", error.Path, StringComparison.Ordinal);
        Assert.Contains("C# error guard", error.Reason, StringComparison.Ordinal);
        Assert.Contains(what, error.Reason, StringComparison.Ordinal);
        Assert.Contains(why, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("var p = System.Diagnostics.Process.Start(\"/bin/sh\");", "CS1069")]
    [InlineData("var c = new System.Net.Http.HttpClient();", "CS1069")]
    [InlineData("var s = new System.Net.Sockets.Socket(default, default, default);", "CS1069")]
    public void NetworkAndProcesses_AreNotEvenReferenced_CompileErrorWithLineAndColumn(string statement, string id)
    {
        var errors = Validate($"var a = 1;\n{statement}\n");

        Assert.Contains(errors, e => e.Path.StartsWith($"{File}:2:", StringComparison.Ordinal) && e.Reason.Contains(id, StringComparison.Ordinal));
    }

    [Fact]
    public void CompileError_CarriesFileLineAndColumn()
    {
        var errors = Validate("var a = 1;\nvar b = a + missing;\n");

        var error = Assert.Single(errors);
        Assert.Equal($"{File}:2:13", error.Path);
        Assert.Contains("CS0103", error.Reason, StringComparison.Ordinal);
        Assert.Contains("missing", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownActivity_IsACompileErrorNamingIt()
    {
        var errors = Validate("await StartTheBackupPlease(\"vc01\");\n");

        Assert.Contains(errors, e => e.Path == $"{File}:1:7" && e.Reason.Contains("StartTheBackupPlease", StringComparison.Ordinal));
    }

    [Fact]
    public void EverydayScriptCode_IsAccepted()
    {
        var errors = Validate("""
            var names = Input<string[]>("names", "Targets.", ["a", "b", "c"]);
            var results = new Dictionary<string, string>();
            foreach (var name in names)
            {
                try
                {
                    var r = await RecordStep(name, policy: new() { Attempts = 3, Timeout = TimeSpan.FromMinutes(5) });
                    results[name] = r.Outcome;
                }
                catch (ActivityFailedException e)
                {
                    results[name] = e.Error;
                }
            }

            var wave = await Task.WhenAll(names.Select(n => Branch(n)));
            for (var i = 0; i < 3; i++) { Log($"{i}: {Now:O} {NewGuid()} {Random.Next(10)}"); }
            var answer = await Ask("Go on?", ["yes", "no"], timeout: TimeSpan.FromHours(4), defaultAnswer: "no");
            if (answer.Answer == "no") { throw new InvalidOperationException("stopped by the operator"); }
            Output("results", results);

            async Task<string> Branch(string n)
            {
                await Delay(TimeSpan.FromMinutes(1));
                return (await RecordStep(n)).Key;
            }
            """);

        Assert.Empty(errors);
    }

    [Fact]
    public void Expressions_StillRefuseStatementsAndAwait()
    {
        // Scripts got statements and tasks; JSON runbooks' expressions did not.
        var errors = TestValidator.Instance.Validate(Def.New("x")
            .Act("a", "Log", new Dictionary<string, object> { ["Message"] = Def.Expr("((Func<string>)(() => { return \"x\"; }))()") }).Chain("start", "a").Build());

        Assert.Contains(errors, e => e.Reason.Contains("statement lambdas", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("var t = Input<string>(\"target\");", "1:9", "Input<type>(\"name\", \"description\"")]
    [InlineData("var t = Input<System.IO.File>(\"target\", \"x\");", "1:15", "is not an input type")]
    [InlineData("var t = Input<int>(\"target\", \"x\", \"three\");", "1:35", "is not a int")]
    [InlineData("var n = \"t\";\nvar t = Input<string>(n, \"x\");", "2:23", "string literal")]
    [InlineData("void F() { var t = Input<string>(\"target\", \"x\"); }", "1:20", "only at the top level")]
    [InlineData("var a = Input<int>(\"n\", \"x\");\nvar b = Input<int>(\"n\", \"y\");", "2:9", "declared twice")]
    public void BadInputDeclaration_IsRefusedWithLineAndColumn(string code, string at, string reason)
    {
        var ex = Assert.Throws<RunbookValidationException>(() => ScriptRunbook.Parse(File, code));

        var error = Assert.Single(ex.Errors);
        Assert.Equal($"{File}:{at}", error.Path);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inputs_AreReadWithoutRunning_TypedWithDefaultsAndDescriptions()
    {
        var definition = ScriptRunbook.Parse("runbooks/fleet.csx", """
            // id: fleet
            // name: Patch a fleet
            // description: In waves.
            var tag = Input<string>("tag", "Targets with this tag.");
            var wave = Input<int>("waveSize", "At once after the canary.", 5);
            var window = Input<TimeSpan>("window", "Longest wait.", TimeSpan.FromHours(2));
            var user = Input<string?>("user", "Optional user.");
            var skip = Input<string[]>("skip", "Names to leave out.", []);
            """);

        Assert.Equal(("fleet", "Patch a fleet", "In waves."), (definition.Id, definition.Name, definition.Description));
        Assert.Collection(definition.Inputs,
            i => Assert.Equal(("tag", "string", true, null, "Targets with this tag."), (i.Name, i.Type, i.Required, i.Default?.ToJsonString(), i.Description)),
            i => Assert.Equal(("waveSize", "int", false, "5"), (i.Name, i.Type, i.Required, i.Default?.ToJsonString())),
            i => Assert.Equal(("window", "timespan", "\"02:00:00\""), (i.Name, i.Type, i.Default?.ToJsonString())),
            i => Assert.Equal(("user", "string", false, null), (i.Name, i.Type, i.Required, i.Default)),
            i => Assert.Equal(("skip", "string[]", "[]"), (i.Name, i.Type, i.Default?.ToJsonString())));
        Assert.Equal(ScriptRunbook.Hash(definition.Script!.Code), definition.Script.Hash);
    }
}
