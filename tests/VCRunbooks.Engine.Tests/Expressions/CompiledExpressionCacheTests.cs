using System.Text.Json.Nodes;
using VCRunbooks.Engine.CodeGuard;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Expressions;

namespace VCRunbooks.Engine.Tests.Expressions;

/// <summary>Guarded expression assemblies kept on disk by content hash: a restart loads them instead of compiling.</summary>
public sealed class CompiledExpressionCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("vcrunbooks-compiled-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static ExpressionSource[] Code(string code) => [new("$.activities[1].inputs.Message", code, typeof(string))];

    private static object? Evaluate(CompiledExpressions compiled) =>
        compiled.Evaluate("$.activities[1].inputs.Message", new ExpressionScope("run-1", [], [], new Dictionary<string, JsonObject>(), null, -1), new CodeLimits(), CancellationToken.None);

    [Fact]
    public void Compile_SameCodeAgainWithTheFolder_LoadsTheStoredAssemblyInsteadOfCompiling()
    {
        var (first, _) = ExpressionCompiler.Compile("a", [], [], Code("\"from a\""), new CompiledExpressionCache(_folder));
        ExpressionCompiler.Compile("b", [], [], Code("\"from b\""), new CompiledExpressionCache(_folder));
        var keyA = CompiledExpressionCache.Key([], [], Code("\"from a\""));
        var keyB = CompiledExpressionCache.Key([], [], Code("\"from b\""));
        // Put b's assembly where a's is kept: if a new process compiled a, it would still answer "from a".
        File.Copy(Path.Combine(_folder, keyB + ".dll"), Path.Combine(_folder, keyA + ".dll"), overwrite: true);

        var (again, errors) = ExpressionCompiler.Compile("a", [], [], Code("\"from a\""), new CompiledExpressionCache(_folder));

        Assert.Empty(errors);
        Assert.Equal("from a", Evaluate(first!));
        Assert.Equal("from b", Evaluate(again!));
    }

    [Fact]
    public void Compile_RefusedCode_IsNotStored()
    {
        var (compiled, errors) = ExpressionCompiler.Compile("bad", [], [], Code("System.IO.File.ReadAllText(\"/etc/hosts\")"), new CompiledExpressionCache(_folder));

        Assert.Null(compiled);
        Assert.NotEmpty(errors);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Key_DifferentInputTypeForTheSameCode_IsAnotherKey() =>
        Assert.NotEqual(
            CompiledExpressionCache.Key([new RunbookParameter { Name = "n", Type = "int" }], [], Code("Inputs.n.ToString()")),
            CompiledExpressionCache.Key([new RunbookParameter { Name = "n", Type = "string" }], [], Code("Inputs.n.ToString()")));
}
