using System.Diagnostics;
using System.Threading.Channels;

namespace VCRunbooks.Engine.Tests.Infrastructure;

/// <summary>The crash host in a child process; its stdout lines are the only coordination (no sleeps).</summary>
public sealed class ChildEngine : IDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _errors = new();

    private ChildEngine(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _lines.Writer.TryComplete();
            }
            else
            {
                _lines.Writer.TryWrite(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _errors.Enqueue(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>What the child wrote to stderr (an unhandled exception, say), for failure messages.</summary>
    public string Errors => string.Join(Environment.NewLine, _errors);

    /// <summary>Starts the crash host; with <paramref name="holdAfterEffects"/> it freezes once it applied that many effects.</summary>
    public static ChildEngine Start(string directory, int runs, int? holdAfterEffects = null)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "VCRunbooks.Engine.CrashHost.dll");
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(host);
        info.ArgumentList.Add(directory);
        info.ArgumentList.Add(runs.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (holdAfterEffects is { } hold)
        {
            info.ArgumentList.Add(hold.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return new ChildEngine(Process.Start(info) ?? throw new InvalidOperationException("The crash host did not start."));
    }

    /// <summary>Reads lines until one matches; returns it, or null if the child's output ended first.</summary>
    public async Task<string?> WaitForAsync(Func<string, bool> match, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await foreach (var line in _lines.Reader.ReadAllAsync(cts.Token))
            {
                if (match(line))
                {
                    return line;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The crash host printed no matching line within {timeout}. Its stderr: {Errors}");
        }

        return null;
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly like a crashed process.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
