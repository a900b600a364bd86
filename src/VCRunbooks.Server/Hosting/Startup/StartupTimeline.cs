using System.Diagnostics;
using System.Globalization;

namespace VCRunbooks.Server.Hosting.Startup;

/// <summary>
/// Where a start's time went, from the process's own start: the runtime and host build, each hosted service's start
/// and Kestrel's. Logged once when the server listens, so a slow start or restart can be read from the log.
/// </summary>
internal sealed class StartupTimeline
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly TimeSpan _processAge = ProcessAge();
    private readonly List<(string Phase, TimeSpan Took)> _phases = [];
    private TimeSpan _lastEnd;

    /// <summary>Time since the process started (the runtime's own start included).</summary>
    public TimeSpan Elapsed => _processAge + _watch.Elapsed;

    /// <summary>Records a phase that ends now and began at <paramref name="began"/> (an <see cref="Elapsed"/> reading).</summary>
    public void Record(string phase, TimeSpan began)
    {
        var now = Elapsed;
        lock (_phases)
        {
            _phases.Add((phase, now - began));
            _lastEnd = now > _lastEnd ? now : _lastEnd;
        }
    }

    /// <summary>Records a phase that began when the last recorded one ended (at the process's start when none did).</summary>
    public void RecordSinceLast(string phase)
    {
        TimeSpan began;
        lock (_phases)
        {
            began = _lastEnd;
        }

        Record(phase, began);
    }

    /// <summary>"runtime and host build 850 ms, ServerStartup 410 ms, ...", in the order the phases ended.</summary>
    public string Describe()
    {
        lock (_phases)
        {
            return string.Join(", ", _phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Phase} {p.Took.TotalMilliseconds:F0} ms")));
        }
    }

    private static TimeSpan ProcessAge()
    {
        try
        {
            using var process = Process.GetCurrentProcess();
            // The process's real age, whatever clock the server's services are given.
            var age = TimeProvider.System.GetUtcNow().UtcDateTime - process.StartTime.ToUniversalTime();
            return age > TimeSpan.Zero ? age : TimeSpan.Zero;
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return TimeSpan.Zero;
        }
    }
}
