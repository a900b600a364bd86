using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace VCRunbooks.Activities.Tests.PublicApi;

/// <summary>
/// The public surface of the engine and the vCenter client, as text checked into this folder, so a change to what
/// other code can call shows in review. After an intended change, regenerate the files with
/// <c>VCRUNBOOKS_ACCEPT_API=1 dotnet test tests/VCRunbooks.Activities.Tests --filter PublicApiTests</c> and commit them.
/// </summary>
public sealed class PublicApiTests
{
    public static TheoryData<string> Assemblies() => ["VCRunbooks.Engine", "VCRunbooks.VCenter"];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void PublicApi_MatchesTheReviewedBaseline(string assemblyName)
    {
        var assembly = assemblyName switch
        {
            "VCRunbooks.Engine" => typeof(Engine.IRunbookEngine).Assembly,
            _ => typeof(VCenter.Client.IVCenterClient).Assembly,
        };
        var actual = PublicApiText.Of(assembly);
        var file = Path.Combine(SourceFolder(), assemblyName + ".txt");

        if (Environment.GetEnvironmentVariable("VCRUNBOOKS_ACCEPT_API") == "1")
        {
            File.WriteAllText(file, actual);
        }

        var expected = File.Exists(file) ? File.ReadAllText(file).ReplaceLineEndings("\n") : "";
        Assert.True(actual == expected,
            $"The public API of {assemblyName} changed. If intended, regenerate tests/VCRunbooks.Activities.Tests/PublicApi/{assemblyName}.txt " +
            "with VCRUNBOOKS_ACCEPT_API=1 and commit it.\n" + FirstDifference(expected, actual));
    }

    private static string FirstDifference(string expected, string actual)
    {
        var was = expected.Split('\n');
        var now = actual.Split('\n');
        var at = 0;
        while (at < was.Length && at < now.Length && was[at] == now[at])
        {
            at++;
        }

        string Around(string[] lines) => string.Join("\n  ", lines.Skip(Math.Max(0, at - 2)).Take(5));
        return $"First difference at line {at + 1}.\nBaseline:\n  {Around(was)}\nNow:\n  {Around(now)}";
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

/// <summary>One line per public or protected type and member, sorted, in C#-like notation.</summary>
internal static class PublicApiText
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Of(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add(Describe(type));
            lines.AddRange(Members(type).Select(m => "  " + m).Order(StringComparer.Ordinal));
        }

        return string.Join("\n", lines) + "\n";
    }

    private static string Describe(Type type)
    {
        var kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct"
            : typeof(Delegate).IsAssignableFrom(type) ? "delegate" : type.IsAbstract && type.IsSealed ? "static class"
            : type.IsAbstract ? "abstract class" : type.IsSealed ? "sealed class" : "class";
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum) && !typeof(Delegate).IsAssignableFrom(type))
        {
            bases.Add(Name(b));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).Order(StringComparer.Ordinal));
        return $"{kind} {Name(type)}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : "");
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var name in Enum.GetNames(type))
            {
                yield return name;
            }

            yield break;
        }

        foreach (var member in type.GetMembers(Declared).Where(Visible))
        {
            switch (member)
            {
                case ConstructorInfo c:
                    yield return $"{Access(c)}ctor({Parameters(c)})";
                    break;
                case MethodInfo m when !m.IsSpecialName:
                    var generic = m.IsGenericMethod ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : "";
                    yield return $"{Access(m)}{(m.IsStatic ? "static " : "")}{Name(m.ReturnType)} {m.Name}{generic}({Parameters(m)})";
                    break;
                case PropertyInfo p:
                    var accessors = string.Join(" ", new[] { p.GetMethod, p.SetMethod }.Where(a => a is not null && Visible(a))
                        .Select(a => a == p.GetMethod ? "get;" : IsInitOnly(a!) ? "init;" : "set;"));
                    var access = p.GetMethod is { } g && Visible(g) ? Access(g) : Access(p.SetMethod!);
                    var isStatic = (p.GetMethod ?? p.SetMethod)!.IsStatic ? "static " : "";
                    yield return $"{access}{isStatic}{Name(p.PropertyType)} {p.Name} {{ {accessors} }}";
                    break;
                case FieldInfo f:
                    yield return $"{Access(f)}{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{Name(f.FieldType)} {f.Name}";
                    break;
                case EventInfo e:
                    yield return $"event {Name(e.EventHandlerType!)} {e.Name}";
                    break;
            }
        }
    }

    private static bool Visible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => new[] { p.GetMethod, p.SetMethod }.Any(a => a is not null && Visible(a)),
        EventInfo e => e.AddMethod is { } add && Visible(add),
        _ => false,
    };

    private static string Access(MethodBase m) => m.IsPublic ? "" : "protected ";

    private static string Access(FieldInfo f) => f.IsPublic ? "" : "protected ";

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => Name(p.ParameterType) + " " + p.Name + (p.HasDefaultValue ? " = …" : "")));

    private static string Name(Type type)
    {
        if (type.IsByRef)
        {
            return "ref " + Name(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Name(inner) + "?";
        }

        var name = type.IsGenericParameter ? type.Name : (type.IsNested ? Name(type.DeclaringType!) + "." : type.Namespace + ".") + type.Name;
        if (type.IsGenericType)
        {
            name = name[..name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
        }

        return name;
    }
}
