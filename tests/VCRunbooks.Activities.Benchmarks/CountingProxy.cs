using System.Reflection;
using VCRunbooks.VCenter.Client;

namespace VCRunbooks.Activities.Benchmarks;

/// <summary>Wraps a client (and each family it hands out) so that every async call is counted.</summary>
public class CountingProxy : DispatchProxy
{
    private object _inner = null!;
    private CallCounter _counter = null!;

    internal static IVCenterClient Wrap(IVCenterClient client, CallCounter counter) => (IVCenterClient)Wrap(client, typeof(IVCenterClient), counter);

    private static object Wrap(object target, Type contract, CallCounter counter)
    {
        var proxy = typeof(DispatchProxy).GetMethod(nameof(Create), 2, Type.EmptyTypes)!.MakeGenericMethod(contract, typeof(CountingProxy)).Invoke(null, null)!;
        ((CountingProxy)proxy)._inner = target;
        ((CountingProxy)proxy)._counter = counter;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var result = targetMethod!.Invoke(_inner, args);
        if (result is Task)
        {
            _counter.Count();
            return result;
        }

        var type = targetMethod.ReturnType;
        return result is not null && type.IsInterface && type.Namespace?.StartsWith("VCRunbooks.VCenter.Client", StringComparison.Ordinal) == true
            ? Wrap(result, type, _counter)
            : result;
    }
}
