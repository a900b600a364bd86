using System.Reflection;

namespace VCRunbooks.Activities.Tests.Infrastructure;

/// <summary>
/// Wraps a client family (IBackupClient, IUpdateClient, ...) so that one method dies at a crash point: after reaching
/// vCenter, or, with <c>reachesVCenter: false</c>, before it is sent.
/// </summary>
public static class CrashingFamily
{
    public static T Create<T>(T inner, string method, CrashPoint crash, bool reachesVCenter = true)
        where T : class
    {
        var proxy = DispatchProxy.Create<T, CrashingFamilyProxy<T>>();
        ((CrashingFamilyProxy<T>)(object)proxy).Setup(inner, method, crash, reachesVCenter);
        return proxy;
    }
}
