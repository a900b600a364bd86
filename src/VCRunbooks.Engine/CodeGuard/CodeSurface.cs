using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Engine.CodeGuard;

/// <summary>
/// What a runbook expression may name, described for editors (the console's completions): the types of the code
/// guard's allowlist with their public members, less the members it refuses. Built from the guard's own lists, so an
/// editor never offers what the guard would refuse, nor misses what it allows.
/// </summary>
public static class CodeSurface
{
    private static readonly Assembly[] Assemblies =
        [typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(Regex).Assembly, typeof(JsonNode).Assembly, typeof(CultureInfo).Assembly, typeof(List<>).Assembly];

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool", [typeof(char)] = "char",
        [typeof(sbyte)] = "sbyte", [typeof(byte)] = "byte", [typeof(short)] = "short", [typeof(ushort)] = "ushort",
        [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long", [typeof(ulong)] = "ulong",
        [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal", [typeof(void)] = "void",
    };

    private static readonly Lazy<CodeSurfaceDescription> ForExpressions = new(Describe);

    /// <summary>The types and members runbook expressions may use, and the CLR type of each definition value type.</summary>
    public static CodeSurfaceDescription Expressions => ForExpressions.Value;

    private static CodeSurfaceDescription Describe()
    {
        var names = CodePolicy.ExpressionTypeNames
            .Concat(Assemblies.SelectMany(a => a.GetExportedTypes())
                .Where(t => t.Namespace is { } ns && CodePolicy.ExpressionNamespaces.Contains(ns) && !t.IsNested && IsCollectionOrNode(t))
                .Select(t => t.FullName!))
            .Distinct(StringComparer.Ordinal);
        var types = names
            .Select(Resolve)
            .OfType<Type>()
            .Where(IsNamedByAuthors)
            .Select(DescribeType)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        var valueTypes = ValueTypes.Names.ToDictionary(n => n, n => ValueTypes.TryGetClrType(n, out var clr) ? DisplayName(clr) : "object", StringComparer.Ordinal);
        return new CodeSurfaceDescription(types, valueTypes);
    }

    /// <summary>
    /// Of the allowed namespaces' types, those an author news up or reads: not static helper classes, comparers or
    /// types hidden from editors (the generic collections need type arguments, so they are not listed either).
    /// </summary>
    private static bool IsCollectionOrNode(Type type) =>
        !(type.IsAbstract && type.IsSealed) && !type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEqualityComparer<>))
        && type.GetCustomAttribute<EditorBrowsableAttribute>()?.State != EditorBrowsableState.Never;

    private static Type? Resolve(string metadataName) =>
        Assemblies.Select(a => a.GetType(metadataName, throwOnError: false)).FirstOrDefault(t => t is not null);

    /// <summary>The types an author writes by name: not interfaces, delegates, exceptions or open generics.</summary>
    private static bool IsNamedByAuthors(Type type) =>
        type.IsPublic && !type.IsInterface && !type.IsGenericTypeDefinition && !typeof(Delegate).IsAssignableFrom(type)
        && !typeof(Exception).IsAssignableFrom(type) && type != typeof(void) && !type.IsByRefLike
        && type != typeof(MemoryExtensions) && type != typeof(Tuple) && type != typeof(ValueTuple);

    private static CodeSurfaceType DescribeType(Type type)
    {
        var metadataName = type.FullName!;
        var kind = type.IsEnum ? "enum" : type.IsValueType ? "struct" : "class";
        var statics = Members(type, metadataName, BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly);
        var instance = type.IsEnum || (type.IsAbstract && type.IsSealed) ? [] : Members(type, metadataName, BindingFlags.Public | BindingFlags.Instance);
        return new CodeSurfaceType(StrippedName(type), metadataName, Keywords.GetValueOrDefault(type), kind, statics, instance);
    }

    private static List<CodeSurfaceMember> Members(Type type, string metadataName, BindingFlags flags)
    {
        var members = type.GetMembers(flags)
            .Where(m => m.MemberType is MemberTypes.Method or MemberTypes.Property or MemberTypes.Field)
            .Where(m => m is not MethodBase { IsSpecialName: true } && m is not FieldInfo { IsSpecialName: true })
            .Where(m => !m.IsDefined(typeof(ObsoleteAttribute)) && m.GetCustomAttribute<EditorBrowsableAttribute>()?.State != EditorBrowsableState.Never)
            .Where(m => m is not MethodInfo method || !method.GetParameters().Any(p => IsUnspeakable(p.ParameterType)))
            .Where(m => !CodePolicy.IsRefusedMember(MetadataNameOf(m.DeclaringType!) ?? metadataName, m.Name) && !CodePolicy.IsRefusedMember(metadataName, m.Name));
        return members
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .Select(g =>
            {
                var shown = g.OrderBy(m => m is MethodInfo mi ? mi.GetParameters().Count(p => IsSpan(p.ParameterType)) : 0)
                    .ThenBy(m => m is MethodInfo mi ? mi.GetParameters().Length : 0)
                    .ThenBy(m => m is MethodInfo mi ? mi.GetParameters().Sum(p => Commonness(p.ParameterType)) : 0)
                    .ThenBy(Signature, StringComparer.Ordinal)
                    .First();
                var kind = shown switch { MethodInfo => "method", PropertyInfo => "property", FieldInfo when type.IsEnum => "value", _ => "field" };
                return new CodeSurfaceMember(g.Key, kind, Signature(shown), g.Count(), shown.IsDefined(typeof(ExtensionAttribute)));
            })
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Which overload to show: the one over the everyday types (Math.Abs(double), not Math.Abs(IntPtr)).</summary>
    private static int Commonness(Type type) =>
        type == typeof(string) || type == typeof(double) || type == typeof(bool) ? 0
        : type == typeof(int) ? 1
        : type == typeof(long) || type == typeof(object) || type == typeof(TimeSpan) || type == typeof(StringComparison) ? 2
        : type == typeof(decimal) || type.IsGenericParameter ? 3
        : 5;

    private static string? MetadataNameOf(Type type) => (type.IsGenericType ? type.GetGenericTypeDefinition() : type).FullName;

    private static bool IsSpan(Type type) => type.IsByRefLike || (type.HasElementType && IsSpan(type.GetElementType()!));

    private static bool IsUnspeakable(Type type) => type.IsPointer || type.IsFunctionPointer || (type.HasElementType && IsUnspeakable(type.GetElementType()!));

    private static string Signature(MemberInfo member) => member switch
    {
        MethodInfo m => $"{m.Name}{GenericArguments(m)}({string.Join(", ", m.GetParameters().Select(Parameter))}): {DisplayName(m.ReturnType)}",
        PropertyInfo p => $"{p.Name}: {DisplayName(p.PropertyType)}",
        FieldInfo f => $"{f.Name}: {DisplayName(f.FieldType)}",
        _ => member.Name,
    };

    private static string GenericArguments(MethodInfo method) =>
        method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : string.Empty;

    private static string Parameter(ParameterInfo p, int index)
    {
        var sb = new StringBuilder();
        if (index == 0 && p.Member.IsDefined(typeof(ExtensionAttribute)))
        {
            sb.Append("this ");
        }

        if (p.ParameterType.IsByRef)
        {
            sb.Append(p.IsOut ? "out " : p.IsIn ? "in " : "ref ");
        }

        if (p.IsDefined(typeof(ParamArrayAttribute)))
        {
            sb.Append("params ");
        }

        return sb.Append(DisplayName(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType)).Append(' ').Append(p.Name).ToString();
    }

    private static string StrippedName(Type type) => type.Name.Split('`')[0];

    /// <summary>A type as C# writes it: keywords, T[], T?, Name&lt;A, B&gt;, nested types with their outer type.</summary>
    private static string DisplayName(Type type)
    {
        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        if (type.IsArray)
        {
            return DisplayName(type.GetElementType()!) + "[]";
        }

        if (type.IsByRef || type.IsPointer)
        {
            return DisplayName(type.GetElementType()!);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return DisplayName(underlying) + "?";
        }

        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        if (type.IsGenericType)
        {
            name += $"<{string.Join(", ", type.GetGenericArguments().Select(DisplayName))}>";
        }

        return type.IsNested && !type.IsGenericParameter ? $"{DisplayName(type.DeclaringType!)}.{name}" : name;
    }
}

/// <summary>What expressions may use: <see cref="Types"/> by name, and <see cref="ValueTypes"/>, the C# type of each definition value type (<c>"timespan"</c> → <c>TimeSpan</c>).</summary>
public sealed record CodeSurfaceDescription(IReadOnlyList<CodeSurfaceType> Types, IReadOnlyDictionary<string, string> ValueTypes);

/// <summary>A type expressions may use: its name (<c>String</c>), metadata name, keyword (<c>string</c>, <c>int</c>) if any, kind (class, struct, enum) and members.</summary>
public sealed record CodeSurfaceType(string Name, string FullName, string? Keyword, string Kind, IReadOnlyList<CodeSurfaceMember> Static, IReadOnlyList<CodeSurfaceMember> Instance);

/// <summary>
/// A member (its overloads together): method, property, field or enum value, the signature of its simplest overload,
/// how many overloads it has, and whether it is an extension method (LINQ's, on any sequence).
/// </summary>
public sealed record CodeSurfaceMember(string Name, string Kind, string Signature, int Overloads, bool Extension);
