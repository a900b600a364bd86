using System.Diagnostics;
using System.Threading.Channels;

namespace VCRunbooks.Engine.Tests.Infrastructure;

/// <summary>The crash host in a child process; its stdout lines are the only coordination (no sleeps).</summary>
public sealed class ChildEngine : IDisposable
{
    private readonly Process process;
    private readonly Channel<string> lines = Channel.CreateUnbounded<string>();
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> errors = new();

    private ChildEngine(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                lines.Writer.TryComplete();
            }
            else
            {
                lines.Writer.TryWrite(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                errors.Enqueue(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>What the child wrote to stderr (an unhandled exception, say), for failure messages.</summary>
    public string Errors => string.Join(Environment.NewLine, errors);

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
            await foreach (var line in lines.Reader.ReadAllAsync(cts.Token))
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
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }
}
