using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace VCRunbooks.Server.Hosting.Startup;

/// <summary>
/// A start-up diagnostic, on only when <c>VCRUNBOOKS_JIT_PROFILE</c> names a file: counts the methods the JIT compiles,
/// by namespace (first two and first three parts) and by type, and writes the counts, largest first, to
/// <c>&lt;file&gt;.&lt;pid&gt;</c> once the server listens. It shows which library a start's JIT time goes to (see
/// docs/benchmarks.md); the timeline line's <c>JIT N methods</c> is the total.
/// </summary>
internal sealed class JitProfile : EventListener
{
    public const string Variable = "VCRUNBOOKS_JIT_PROFILE";

    // The runtime's provider and its JIT keyword (MethodJittingStarted events).
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";
    private const long JitKeyword = 0x10;

    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly string _file;

    private JitProfile(string file) => _file = file;

    /// <summary>Starts counting when the variable is set; null otherwise.</summary>
    public static JitProfile? StartIfAsked() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } file ? new JitProfile(file) : null;

    /// <summary>Writes the counts so far to <c>&lt;file&gt;.&lt;pid&gt;</c>.</summary>
    public void Write()
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"{_file}.{Environment.ProcessId}");
        File.WriteAllLines(path, _counts.OrderByDescending(p => p.Value).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Value}\t{p.Key}")));
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeProvider)
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)JitKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is not { } name || !name.StartsWith("MethodJittingStarted", StringComparison.Ordinal)
            || eventData.PayloadNames is not { } names || eventData.Payload is not { } payload)
        {
            return;
        }

        var index = names.IndexOf("MethodNamespace");
        var type = index >= 0 ? payload[index] as string ?? "?" : "?";
        var bare = type.Split('[')[0].Split('.');
        Count("NS2 " + string.Join('.', bare.Take(2)));
        Count("NS3 " + string.Join('.', bare.Take(3)));
        Count("TYPE " + type);
    }

    private void Count(string key) => _counts.AddOrUpdate(key, 1, (_, count) => count + 1);
}
