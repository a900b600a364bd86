using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Expressions;

namespace VCRunbooks.Engine.Scripts;

/// <summary>
/// The typed, awaitable API scripts call, generated from the activity catalog: per activity a method
/// (<c>Task&lt;StartBackupResult&gt; StartBackup(string session, ..., CallPolicy policy = null)</c>, inputs as parameters,
/// required ones first) and a result class (<c>Outcome</c> plus the outputs); plus the run's <c>Now</c>,
/// <c>NewGuid</c>, <c>Random</c>, <c>RunId</c>, <c>Log</c>, <c>Output</c> and <c>Input</c>. Every activity registered is
/// in it, so an activity added later is callable without code written for it. Only names from the catalog and type
/// names go into this text.
/// </summary>
internal sealed class ScriptApi
{
    public const string ClassName = "__ScriptApi";
    public const string BudgetName = "__b";
    public const string AtName = "__at";

    /// <summary>Flow built-ins that a script writes as C# (if, switch, loops, Task.WhenAll, throw) and API members that take their names.</summary>
    private static readonly HashSet<string> NotCallable = new(StringComparer.Ordinal)
    {
        "Start", "End", "If", "Switch", "Fork", "Join", "ForEach", "SetVariable", "Log", "Fail",
        "Input", "Now", "NewGuid", "Random", "RunId", "Output",
    };

    private const string Usings = """
        global using System;
        global using System.Linq;
        global using System.Collections.Generic;
        global using System.Text.Json.Nodes;
        global using System.Threading.Tasks;
        global using VCRunbooks.Engine.Scripts;
        global using static __ScriptApi;
        global using Random = VCRunbooks.Engine.Scripts.ScriptRandom;
        global using KeyValueMap = VCRunbooks.Engine.Definitions.KeyValueMap;
        """;

    public ScriptApi(IActivityCatalog catalog)
    {
        var activities = new Dictionary<string, ScriptActivity>(StringComparer.Ordinal);
        foreach (var descriptor in catalog.All.OrderBy(d => d.Type, StringComparer.Ordinal))
        {
            if (NotCallable.Contains(descriptor.Type) || !IsName(descriptor.Type))
            {
                continue;
            }

            // Required inputs first (C# wants optional parameters last), the session a vCenter activity works on before the rest.
            var parameters = descriptor.Inputs.Where(i => i.Required).OrderBy(i => i.Name == "Session" ? 0 : 1)
                .Concat(descriptor.Inputs.Where(i => !i.Required)).ToList();
            activities[descriptor.Type] = new ScriptActivity(descriptor, parameters);
        }

        Activities = activities;
        Source = Usings + "\n" + Generate(activities.Values);
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Source)));
        Tree = CSharpSyntaxTree.ParseText(Source, ScriptRunbook.ParseOptions, "script-api.g.cs");
        TypeNames = [ClassName, "Program", .. activities.Keys.Select(ResultName)];
    }

    public IReadOnlyDictionary<string, ScriptActivity> Activities { get; }

    public string Source { get; }

    /// <summary>SHA-256 of the generated source: part of every compiled script's cache key.</summary>
    public string Hash { get; }

    public SyntaxTree Tree { get; }

    /// <summary>The generated types a script may use (the API, its result classes, and the program its statements form).</summary>
    public IReadOnlyList<string> TypeNames { get; }

    public static string ResultName(string activityType) => activityType + "Result";

    private static string Generate(IEnumerable<ScriptActivity> activities)
    {
        var sb = new StringBuilder();
        sb.AppendLine($$"""
            public static class {{ClassName}}
            {
                public static global::VCRunbooks.Engine.CodeGuard.CodeBudget {{BudgetName}} => ScriptRuntime.Budget;
                public static void {{AtName}}(int line) => ScriptRuntime.At(line);
                public static T Input<T>(string name, string description) => ScriptRuntime.Input<T>(name);
                public static T Input<T>(string name, string description, T defaultValue) => ScriptRuntime.Input<T>(name);
                public static DateTimeOffset Now => ScriptRuntime.Now;
                public static Guid NewGuid() => ScriptRuntime.NewGuid();
                public static string RunId => ScriptRuntime.RunId;
                public static void Log(string message) => ScriptRuntime.Log(message);
                public static void Output(string name, object value) => ScriptRuntime.Output(name, value);
            """);
        var results = new StringBuilder();
        foreach (var activity in activities)
        {
            var type = activity.Descriptor.Type;
            var result = ResultName(type);
            var parameters = activity.Parameters.Select(p => $"{ParameterType(p)} {ParameterName(p.Name)}{(p.Required ? string.Empty : " = default")}");
            sb.Append("    public static Task<").Append(result).Append("> ").Append(type).Append('(')
                .Append(string.Join(", ", parameters.Append("CallPolicy policy = null")))
                .Append(") => ScriptRuntime.Call(\"").Append(type).Append("\", new object[] { ")
                .Append(string.Join(", ", activity.Parameters.Select(p => ParameterName(p.Name))))
                .Append(" }, policy, ").Append(result).AppendLine(".__From);");

            results.Append("public sealed class ").Append(result).AppendLine(" {");
            results.AppendLine("    public string Outcome { get; init; }");
            foreach (var output in activity.Descriptor.Outputs.Where(o => IsName(o.Name) && o.Name != "Outcome"))
            {
                results.Append("    public ").Append(ExpressionScaffold.TypeName(ValueTypes.ExpressionTypeOf(output.Property.PropertyType))).Append(' ').Append(output.Name).AppendLine(" { get; init; }");
            }

            results.Append("    internal static ").Append(result).Append(" __From(JsonObject o) => new ").Append(result).Append(" { Outcome = ScriptRuntime.Read<string>(o, \"").Append(ScriptCall.OutcomeKey).Append("\")");
            foreach (var output in activity.Descriptor.Outputs.Where(o => IsName(o.Name) && o.Name != "Outcome"))
            {
                results.Append(", ").Append(output.Name).Append(" = ScriptRuntime.Read<").Append(ExpressionScaffold.TypeName(ValueTypes.ExpressionTypeOf(output.Property.PropertyType))).Append(">(o, \"").Append(output.Name).Append("\")");
            }

            results.AppendLine(" };").AppendLine("}");
        }

        return sb.AppendLine("}").Append(results).ToString();
    }

    /// <summary>
    /// Optional value-type inputs become nullable parameters, so "not given" is distinct from a value. An input typed
    /// by an enum takes the name as a string, as in JSON runbooks (the catalog lists its choices), so scripts need no
    /// reference to the assembly that declares the enum.
    /// </summary>
    private static string ParameterType(InputDescriptor input)
    {
        var type = ValueTypes.ExpressionTypeOf(input.Property.PropertyType);
        var optionalValue = !input.Required && type.IsValueType && Nullable.GetUnderlyingType(type) is null;
        return ExpressionScaffold.TypeName(type) + (optionalValue ? "?" : string.Empty);
    }

    internal static string ParameterName(string inputName)
    {
        var name = char.ToLowerInvariant(inputName[0]) + inputName[1..];
        return name == "policy" ? "policyInput" : SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }

    private static bool IsName(string name) => SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None && !name.StartsWith("__", StringComparison.Ordinal);
}
