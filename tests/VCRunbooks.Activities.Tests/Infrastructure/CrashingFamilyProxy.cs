using System.Reflection;

namespace VCRunbooks.Activities.Tests.Infrastructure;

/// <summary>Passes every call of a client family through, except that the named method's call dies at the crash point (after or before reaching vCenter).</summary>
public class CrashingFamilyProxy<T> : DispatchProxy
    where T : class
{
    private T _inner = null!;
    private string _method = string.Empty;
    private CrashPoint _crash = null!;
    private bool _reachesVCenter;

    internal void Setup(T family, string methodName, CrashPoint crashPoint, bool reachesVCenter)
    {
        _reachesVCenter = reachesVCenter;
        _inner = family;
        _method = methodName;
        _crash = crashPoint;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod!.Name == _method && !_reachesVCenter)
        {
            return _crash.DieBefore(targetMethod.ReturnType);
        }

        var result = targetMethod.Invoke(_inner, args);
        return targetMethod.Name == _method && result is Task call ? _crash.DieAfter(call, targetMethod.ReturnType) : result;
    }
}
