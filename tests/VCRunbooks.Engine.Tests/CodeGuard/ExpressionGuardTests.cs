using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.CodeGuard;

/// <summary>
/// The attacks from the hardening report, each refused at validation with line, column and the symbol it reached;
/// and the everyday code authors write, still accepted.
/// </summary>
public sealed class ExpressionGuardTests
{
    private static IReadOnlyList<ValidationError> Validate(string code, string resultInput = "Message", string type = "Log") =>
        TestValidator.Instance.Validate(Def.New("x").Input("name", "string", "vcsa").Input("names", "string[]").Input("n", "int", 3)
            .Act("a", type, new Dictionary<string, object> { [resultInput] = Def.Expr(code) }).Chain("start", "a").Build());

    public static TheoryData<string, string, string> Attacks => new()
    {
        // file read into the journal, and the data folder's admin key
        { "System.IO.File.ReadAllText(\"/etc/passwd\")", "System.IO.File", "files and streams" },
        { "System.IO.File.ReadAllText(System.IO.Path.Combine(\"data\", \"admin-api-key.txt\"))", "System.IO.File", "files and streams" },
        // process start through reflection, and directly
        { "Type.GetType(\"System.Diagnostics.Process\").GetMethod(\"Start\", new[] { typeof(string) }).Invoke(null, new object[] { \"/bin/sh\" }).ToString()", "System.Type", "reflection" },
        { "System.Diagnostics.Process.Start(\"/bin/sh\", \"-c id\").Id.ToString()", "'Process' could not be found", "CS1069" },
        { "Inputs.name.GetType().Assembly.Location", "object.GetType()", "reflection" },
        { "typeof(string).Assembly.Location", "System.Type", "reflection" },
        { "((Func<int>)(() => 1)).Method.Name", "System.Delegate.Method", "not on the allowlist" },
        { "Activator.CreateInstance<Exception>().Message", "System.Activator", "reflection" },
        // leaving the process, its environment, threads, memory, native code
        { "Environment.GetEnvironmentVariable(\"HOME\")", "System.Environment", "environment" },
        { "AppDomain.CurrentDomain.FriendlyName", "System.AppDomain", "assembly loading" },
        { "new System.Threading.Thread(() => Inputs.n.ToString()).ManagedThreadId.ToString()", "System.Threading.Thread", "threads" },
        { "Enumerable.Range(0, 3).Select(i => { while (true) { } return i; }).Count().ToString()", "{ while (true)", "statement lambdas" },
        { "System.Threading.Tasks.Task.Run(() => 1).Result.ToString()", "System.Threading.Tasks.Task", "threads" },
        { "GC.GetTotalMemory(true).ToString()", "System.GC", "garbage collector" },
        { "System.Runtime.InteropServices.Marshal.AllocHGlobal(10).ToString()", "System.Runtime.InteropServices.Marshal", "native code" },
        { "((dynamic)Inputs.name).Length.ToString()", "dynamic", "dynamic binding" },
        // the run's determinism
        { "DateTime.Now.ToString()", "System.DateTime.Now", "clock" },
        { "DateTimeOffset.UtcNow.ToString()", "System.DateTimeOffset.UtcNow", "clock" },
        { "Guid.NewGuid().ToString()", "System.Guid.NewGuid()", "deterministic" },
        { "new Random().Next().ToString()", "System.Random", "allowlist" },
        // process-wide state, unbounded work that no step could interrupt
        { "(System.Globalization.CultureInfo.DefaultThreadCurrentCulture = null) == null ? \"a\" : \"b\"", "DefaultThreadCurrentCulture", "state" },
        { "System.Text.RegularExpressions.Regex.IsMatch(Inputs.name, \"(a+)+$\").ToString()", "Regex.IsMatch(string, string)", "match timeout" },
        { "$\"{Inputs.name,100000}\"", ",100000", "alignment" },
        { "string.Intern(Inputs.name)", "string.Intern(string)", "process-wide" },
        // the generated code around the expression: calling itself would recurse with no lambda to check the stack
        { "T0()", "__Expressions0.T0()", "allowlist" },
        { "this.ToString()", "__Expressions0", "allowlist" },
        { "__b.ToString()", "VCRunbooks.Engine.CodeGuard.CodeBudget", "allowlist" },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Validate_AuthorCodeReachingOutside_IsRefusedNamingTheSymbol(string code, string symbol, string reason)
    {
        var errors = Validate(code);

        var error = Assert.Single(errors.Take(1));
        Assert.Equal("$.activities[1].inputs.Message", error.Path);
        Assert.Contains("line 1, column", error.Reason, StringComparison.Ordinal);
        Assert.Contains(symbol, error.Reason, StringComparison.Ordinal);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ExpressionThatClosesTheGeneratedMethod_IsRefusedAsTrailingText()
    {
        var code = "\"x\"; } [System.Runtime.CompilerServices.ModuleInitializer] public static void Init() { System.IO.File.WriteAllText(\"/tmp/pwned\", \"\"); } static string Y() { return \"y\"";

        var error = Assert.Single(Validate(code));

        Assert.Contains("line 1, column 4", error.Reason, StringComparison.Ordinal);
        Assert.Contains("one C# expression, with nothing after it", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StatementBlock_IsRefusedWithTheWayToWriteIt()
    {
        var error = Assert.Single(Validate("{ Environment.Exit(1); return \"x\"; }"));

        Assert.Contains("not a block of statements", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RefusedSymbolOnALaterLine_ReportsItsLineAndColumn()
    {
        var error = Assert.Single(Validate("Inputs.name +\n   System.IO.File.ReadAllText(\"/etc/hosts\")"));

        Assert.Contains("line 2, column 14", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TooLongExpression_IsRefusedNamingTheLimit()
    {
        var error = Assert.Single(Validate("\"" + new string('a', 10_001) + "\""));

        Assert.Contains("the limit is 10000", error.Reason, StringComparison.Ordinal);
    }

    public static TheoryData<string> Everyday => new()
    {
        "\"Patching \" + Inputs.name + \" now\"",
        "$\"{Inputs.name,-20}|{Inputs.n:D3}|{Math.Max(Inputs.n, 10)}\"",
        "string.Join(\",\", (Inputs.names ?? new string[0]).Where(x => x.StartsWith(\"vc\")).Select(x => x.ToUpperInvariant()).OrderBy(x => x))",
        "Inputs.name switch { \"vcsa\" => \"default\", var other when other.Length > 3 => other, _ => \"short\" }",
        "Inputs.name ?? throw new InvalidOperationException(\"no name\")",
        "TimeSpan.FromMinutes(Inputs.n * 5).ToString()",
        "DateTimeOffset.Parse(\"2026-01-01T00:00:00Z\", System.Globalization.CultureInfo.InvariantCulture).AddDays(1).ToString(\"O\")",
        "System.Text.RegularExpressions.Regex.Replace(Inputs.name, \"[aeiou]\", \"_\", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(50))",
        "new Dictionary<string, int> { [\"a\"] = 1 }.GetValueOrDefault(Inputs.name, 7).ToString(System.Globalization.CultureInfo.InvariantCulture)",
        "JsonNode.Parse(\"{\\\"a\\\":[1,2]}\")![\"a\"]!.AsArray().Count.ToString()",
        "Enumerable.Range(1, Inputs.n).Aggregate(1, (acc, i) => acc * i).ToString()",
        "Output(\"a\", \"Key\")?.ToJsonString() ?? \"none\"",
        "new[] { 3, 1, 2 }.Order().First().ToString()",
        "string.Concat(from n in Inputs.names ?? [] where n.Length > 1 select n[..1])",
        "Inputs.name.PadLeft(12, '.') + Convert.ToBase64String(new byte[4])",
        "((int)Math.Round(2.5, MidpointRounding.AwayFromZero)).ToString() + Guid.Parse(\"8c2f61a5-7c6e-4e87-9d8a-4f9a9f0d3e21\").ToString(\"N\")[..4]",
    };

    [Theory]
    [MemberData(nameof(Everyday))]
    public void Validate_EverydayExpression_IsAccepted(string code) =>
        Assert.Empty(Validate(code));
}
