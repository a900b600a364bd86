using System.Reflection;
using VCRunbooks.VCenter.Client;

namespace VCRunbooks.Activities.Tests.Infrastructure;

/// <summary>A real client with one family property answered by a replacement (fault injection).</summary>
public class ClientWithFamily : DispatchProxy
{
    private IVCenterClient inner = null!;
    private string property = string.Empty;
    private object family = null!;

    public static IVCenterClient Create(IVCenterClient inner, string property, object family)
    {
        var proxy = Create<IVCenterClient, ClientWithFamily>();
        var self = (ClientWithFamily)(object)proxy;
        self.inner = inner;
        self.property = "get_" + property;
        self.family = family;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        targetMethod!.Name == property ? family : targetMethod.Invoke(inner, args);
}
