using System.Collections.Concurrent;
using System.Diagnostics;

namespace VCRunbooks.Server.Tests.Infrastructure;

/// <summary>A .NET program of this build in its own process (the server, the simulator), its output kept; killed with SIGKILL.</summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Seen)> _waits = [];

    private ChildProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output => string.Join(Environment.NewLine, _output.TakeLast(80));

    /// <summary>Every line written so far, stdout and stderr.</summary>
    public IReadOnlyList<string> Lines => [.. _output];

    public static ChildProcess Start(string assembly, IEnumerable<string> arguments)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        // A test run started in the background by a non-interactive shell has SIGINT ignored, and a child inherits that
        // (the .NET runtime then leaves it ignored): GNU env puts the default back, so Ctrl+C tests see what a terminal does.
        var resetsSigint = OperatingSystem.IsLinux() && File.Exists("/usr/bin/env");
        var info = new ProcessStartInfo(resetsSigint ? "/usr/bin/env" : dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (resetsSigint)
        {
            info.ArgumentList.Add("--default-signal=INT");
            info.ArgumentList.Add(dotnet);
        }

        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return new ChildProcess(Process.Start(info) ?? throw new InvalidOperationException($"{assembly} did not start."));
    }

    /// <summary>The first line (already written or to come) that matches.</summary>
    public Task<string> LineAsync(Func<string, bool> match)
    {
        lock (_waits)
        {
            if (_output.FirstOrDefault(match) is { } seen)
            {
                return Task.FromResult(seen);
            }

            var wait = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waits.Add((match, wait));
            return wait.Task;
        }
    }

    /// <summary>SIGINT, as Ctrl+C in a terminal sends it; returns the exit code once the process ended.</summary>
    public async Task<int> InterruptAsync(TimeSpan patience)
    {
        using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(patience);
        // The last lines may still be on their way from the output pipes.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown code runs, nothing in flight is committed.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_waits)
        {
            _output.Enqueue(line);
            foreach (var wait in _waits.Where(w => w.Match(line)).ToList())
            {
                wait.Seen.TrySetResult(line);
                _waits.Remove(wait);
            }
        }
    }
}
