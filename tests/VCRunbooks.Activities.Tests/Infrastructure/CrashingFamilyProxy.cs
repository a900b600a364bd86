using System.Reflection;

namespace VCRunbooks.Activities.Tests.Infrastructure;

/// <summary>Passes every call of a client family through, except that the named method's call reaches vCenter and then dies at the crash point.</summary>
public class CrashingFamilyProxy<T> : DispatchProxy
    where T : class
{
    private T inner = null!;
    private string method = string.Empty;
    private CrashPoint crash = null!;

    internal void Setup(T family, string methodName, CrashPoint crashPoint)
    {
        inner = family;
        method = methodName;
        crash = crashPoint;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var result = targetMethod!.Invoke(inner, args);
        return targetMethod.Name == method && result is Task call ? crash.DieAfter(call, targetMethod.ReturnType) : result;
    }
}
