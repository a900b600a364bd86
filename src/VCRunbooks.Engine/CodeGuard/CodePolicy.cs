using Microsoft.CodeAnalysis;

namespace VCRunbooks.Engine.CodeGuard;

/// <summary>
/// What author code (runbook expressions, and later script runbooks) may touch: an allowlist of types and
/// namespaces, with members inside allowed types that are still refused. Anything not listed is refused.
/// </summary>
internal sealed class CodePolicy
{
    /// <summary>Namespaces whose every type is allowed (pure data structures with no reach outside the process).</summary>
    private static readonly string[] AllowedNamespaces =
    [
        "System.Collections.Generic",
        "System.Collections.ObjectModel",
        "System.Text.Json.Nodes",
    ];

    /// <summary>Single types allowed by metadata name (generic arity as `N).</summary>
    private static readonly string[] AllowedTypes =
    [
        // primitives and values
        "System.Object", "System.String", "System.Boolean", "System.Char", "System.SByte", "System.Byte",
        "System.Int16", "System.UInt16", "System.Int32", "System.UInt32", "System.Int64", "System.UInt64",
        "System.Single", "System.Double", "System.Decimal", "System.Void", "System.Nullable`1",
        "System.Math", "System.TimeSpan", "System.DateTimeOffset", "System.DateTime", "System.DateOnly", "System.TimeOnly",
        "System.DayOfWeek", "System.DateTimeKind", "System.Guid", "System.MidpointRounding", "System.Index", "System.Range",
        "System.StringComparison", "System.StringComparer", "System.StringSplitOptions", "System.Convert", "System.Array",
        "System.Enum", "System.Span`1", "System.ReadOnlySpan`1", "System.MemoryExtensions", "System.FormattableString",
        "System.IComparable", "System.IComparable`1", "System.IEquatable`1", "System.IFormattable", "System.IFormatProvider",
        "System.Tuple", "System.Tuple`1", "System.Tuple`2", "System.Tuple`3", "System.Tuple`4", "System.Tuple`5",
        "System.ValueTuple", "System.ValueTuple`1", "System.ValueTuple`2", "System.ValueTuple`3", "System.ValueTuple`4",
        "System.ValueTuple`5", "System.ValueTuple`6", "System.ValueTuple`7", "System.ValueTuple`8",
        "System.Predicate`1", "System.Comparison`1", "System.Converter`2",

        // exceptions an expression may throw (x ?? throw new ...)
        "System.Exception", "System.InvalidOperationException", "System.ArgumentException", "System.ArgumentNullException",
        "System.ArgumentOutOfRangeException", "System.FormatException", "System.NotSupportedException", "System.TimeoutException",

        // culture-aware formatting and parsing
        "System.Globalization.CultureInfo", "System.Globalization.NumberStyles", "System.Globalization.DateTimeStyles",
        "System.Globalization.CompareOptions",

        // LINQ over objects (not Queryable, not PLINQ)
        "System.Linq.Enumerable", "System.Linq.IGrouping`2", "System.Linq.ILookup`2", "System.Linq.IOrderedEnumerable`1",
        "System.Linq.Lookup`2", "System.Collections.IEnumerable", "System.Collections.IEnumerator",

        // JSON values and regular expressions (with a match timeout)
        "System.Text.Json.JsonValueKind",
        "System.Text.RegularExpressions.Regex", "System.Text.RegularExpressions.Match", "System.Text.RegularExpressions.Group",
        "System.Text.RegularExpressions.Capture", "System.Text.RegularExpressions.MatchCollection",
        "System.Text.RegularExpressions.GroupCollection", "System.Text.RegularExpressions.CaptureCollection",
        "System.Text.RegularExpressions.RegexOptions", "System.Text.RegularExpressions.RegexMatchTimeoutException",

        // the map value type (key=value lists)
        "VCRunbooks.Engine.Definitions.KeyValueMap",
    ];

    /// <summary>Members of allowed types that are refused, each with why.</summary>
    private static readonly Dictionary<string, string> RefusedMembers = new(StringComparer.Ordinal)
    {
        ["System.Object.GetType"] = "reflection",
        ["System.Object.MemberwiseClone"] = "reflection",
        ["System.String.Intern"] = "process-wide state",
        ["System.String.IsInterned"] = "process-wide state",
        ["System.Guid.NewGuid"] = "not deterministic; a run's ids come from the run",
        ["System.Guid.CreateVersion7"] = "not deterministic; a run's ids come from the run",
        ["System.DateTime.Now"] = "the clock; a run's time comes from the run",
        ["System.DateTime.UtcNow"] = "the clock; a run's time comes from the run",
        ["System.DateTime.Today"] = "the clock; a run's time comes from the run",
        ["System.DateTimeOffset.Now"] = "the clock; a run's time comes from the run",
        ["System.DateTimeOffset.UtcNow"] = "the clock; a run's time comes from the run",
        ["System.Array.CreateInstance"] = "reflection",
        ["System.Array.CreateInstanceFromArrayType"] = "reflection",
        ["System.Text.RegularExpressions.Regex.CompileToAssembly"] = "assembly generation",
        ["System.Text.RegularExpressions.Regex.CacheSize"] = "process-wide state",
        ["System.Globalization.CultureInfo.DefaultThreadCurrentCulture"] = "process-wide state",
        ["System.Globalization.CultureInfo.DefaultThreadCurrentUICulture"] = "process-wide state",

        // Tasks are allowed in scripts only as what the script API returns, awaited or combined with WhenAll/WhenAny.
        ["System.Threading.Tasks.Task.Run"] = "threads; run branches in parallel with Task.WhenAll over script calls",
        ["System.Threading.Tasks.Task.Delay"] = "a timer that is not durable; use await Delay(...)",
        ["System.Threading.Tasks.Task.Yield"] = "threads",
        ["System.Threading.Tasks.Task.Factory"] = "threads",
        ["System.Threading.Tasks.Task.Start"] = "threads",
        ["System.Threading.Tasks.Task.RunSynchronously"] = "threads",
        ["System.Threading.Tasks.Task.Wait"] = "blocking; use await",
        ["System.Threading.Tasks.Task.WaitAll"] = "blocking; use await Task.WhenAll",
        ["System.Threading.Tasks.Task.WaitAny"] = "blocking; use await Task.WhenAny",
        ["System.Threading.Tasks.Task.WaitAsync"] = "a timer that is not durable; give the call a policy with a Timeout",
        ["System.Threading.Tasks.Task.ContinueWith"] = "threads; use await",
        ["System.Threading.Tasks.Task.ConfigureAwait"] = "threads",
        ["System.Threading.Tasks.Task.GetAwaiter"] = "blocking; use await",
        ["System.Threading.Tasks.Task`1.Result"] = "blocking; use await",
        ["System.Threading.Tasks.Task`1.ContinueWith"] = "threads; use await",
        ["System.Threading.Tasks.Task`1.ConfigureAwait"] = "threads",
        ["System.Threading.Tasks.Task`1.GetAwaiter"] = "blocking; use await",
        ["System.Threading.Tasks.Task`1.WaitAsync"] = "a timer that is not durable; give the call a policy with a Timeout",
        ["System.Threading.Tasks.Task`1.Factory"] = "threads",
    };

    /// <summary>What script runbooks may use beyond the expression list: their API's tasks, and the script API types.</summary>
    private static readonly string[] ScriptTypes =
    [
        "System.Threading.Tasks.Task", "System.Threading.Tasks.Task`1",
        "VCRunbooks.Engine.Scripts.CallPolicy", "VCRunbooks.Engine.Scripts.ActivityFailedException", "VCRunbooks.Engine.Scripts.ScriptRandom",
    ];

    private readonly HashSet<string> _allowedTypes;

    /// <summary>The single types expressions may use, by metadata name (what <see cref="CodeSurface"/> describes).</summary>
    internal static IReadOnlyList<string> ExpressionTypeNames => AllowedTypes;

    /// <summary>The namespaces whose every type expressions may use.</summary>
    internal static IReadOnlyList<string> ExpressionNamespaces => AllowedNamespaces;

    /// <summary>Whether the member <paramref name="memberName"/> of the allowed type <paramref name="typeMetadataName"/> is refused.</summary>
    internal static bool IsRefusedMember(string typeMetadataName, string memberName) => RefusedMembers.ContainsKey($"{typeMetadataName}.{memberName}");

    private CodePolicy(IEnumerable<string> extraTypes, bool allowsStatements = false)
    {
        _allowedTypes = new HashSet<string>(AllowedTypes.Concat(extraTypes), StringComparer.Ordinal);
        AllowsStatements = allowsStatements;
    }

    /// <summary>Statements, loops, await and statement lambdas are allowed (script runbooks); expressions never have them.</summary>
    public bool AllowsStatements { get; }

    /// <summary>The policy for script runbooks: the BCL allowlist, tasks, statements, plus the given generated API types.</summary>
    public static CodePolicy Scripts(IEnumerable<string> apiTypes) => new([.. ScriptTypes, .. apiTypes], allowsStatements: true);

    /// <summary>The policy for runbook expressions: the BCL allowlist plus the expression scope.</summary>
    public static CodePolicy Expressions { get; } = new(["VCRunbooks.Engine.Expressions.ExpressionScope", .. Engine.Expressions.ExpressionScaffold.ScopeTypes]);

    /// <summary>A policy that also allows the given types (a script runbook's API), by metadata name.</summary>
    public CodePolicy With(params IEnumerable<string> types) => new(_allowedTypes.Concat(types), AllowsStatements);

    /// <summary>Null when the type may be used; otherwise the type (or part of it) that is refused.</summary>
    public ITypeSymbol? RefusedPart(ITypeSymbol? type, Compilation compilation)
    {
        switch (type)
        {
            case null or ITypeParameterSymbol:
                return null;
            case IArrayTypeSymbol array:
                return RefusedPart(array.ElementType, compilation);
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol or IDynamicTypeSymbol or IErrorTypeSymbol:
                return type;
            case INamedTypeSymbol named:
                if (named.IsAnonymousType)
                {
                    // Anonymous types hold only what their members' types allow.
                    return null;
                }

                if (SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, compilation.Assembly))
                {
                    // Generated code: only the scope types listed; calling another expression's method (or itself) is not.
                    return _allowedTypes.Contains(named.MetadataName) ? null : named;
                }

                foreach (var argument in named.TypeArguments)
                {
                    if (RefusedPart(argument, compilation) is { } refused)
                    {
                        return refused;
                    }
                }

                return IsAllowedDefinition(named.OriginalDefinition) ? null : named;
            default:
                return type;
        }
    }

    /// <summary>Why a member of an allowed type is refused, or null.</summary>
    public static string? RefusedMemberReason(ISymbol member)
    {
        if (member.ContainingType is { TypeKind: TypeKind.Delegate } && member.Name is "BeginInvoke" or "EndInvoke")
        {
            return "threads";
        }

        var name = $"{MetadataName(member.ContainingType.OriginalDefinition)}.{member.Name}";
        return RefusedMembers.GetValueOrDefault(name);
    }

    private bool IsAllowedDefinition(INamedTypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Delegate && type.ContainingNamespace.ToDisplayString() == "System"
            && type.Name is "Func" or "Action")
        {
            return true;
        }

        if (type.ContainingType is { } outer)
        {
            // A nested type (List<T>.Enumerator, Dictionary<K,V>.KeyCollection) goes with its outer type.
            return IsAllowedDefinition(outer.OriginalDefinition);
        }

        var ns = type.ContainingNamespace.ToDisplayString();
        return AllowedNamespaces.Contains(ns, StringComparer.Ordinal) || _allowedTypes.Contains(MetadataName(type));
    }

    private static string MetadataName(INamedTypeSymbol type)
    {
        var prefix = type.ContainingType is { } outer ? MetadataName(outer) + "+" : type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString() + ".";
        return prefix + type.MetadataName;
    }
}
