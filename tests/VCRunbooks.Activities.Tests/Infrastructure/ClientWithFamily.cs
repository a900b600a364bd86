using System.Reflection;
using VCRunbooks.VCenter.Client;

namespace VCRunbooks.Activities.Tests.Infrastructure;

/// <summary>A real client with one family property answered by a replacement (fault injection).</summary>
public class ClientWithFamily : DispatchProxy
{
    private IVCenterClient _inner = null!;
    private string _property = string.Empty;
    private object _family = null!;

    public static IVCenterClient Create(IVCenterClient inner, string property, object family)
    {
        var proxy = Create<IVCenterClient, ClientWithFamily>();
        var self = (ClientWithFamily)(object)proxy;
        self._inner = inner;
        self._property = "get_" + property;
        self._family = family;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        targetMethod!.Name == _property ? _family : targetMethod.Invoke(_inner, args);
}
