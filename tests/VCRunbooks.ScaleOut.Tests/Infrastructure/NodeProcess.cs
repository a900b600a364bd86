using System.Collections.Concurrent;
using System.Diagnostics;

namespace VCRunbooks.ScaleOut.Tests.Infrastructure;

/// <summary>One server node in a child process (the ScaleOut.Node host); its READY line is the only start-up signal.</summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> _output = new();

    private NodeProcess(string name, Uri baseAddress, Process process)
    {
        Name = name;
        BaseAddress = baseAddress;
        _process = process;
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += (_, _) => _ready.TrySetException(new InvalidOperationException($"Node {Name} exited before it was ready:{Environment.NewLine}{Output}"));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }
    public Uri BaseAddress { get; }

    /// <summary>The last lines the node wrote, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _output.TakeLast(60));

    public static NodeProcess Start(string name, int port, IEnumerable<string> arguments)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "VCRunbooks.ScaleOut.Node.dll");
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(host);
        info.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        info.ArgumentList.Add($"--Engine:NodeId={name}");
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"Node {name} did not start.");
        return new NodeProcess(name, new Uri($"http://127.0.0.1:{port}/"), process);
    }

    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        try
        {
            await _ready.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Node {Name} was not ready within {timeout}:{Environment.NewLine}{Output}");
        }
    }

    /// <summary>SIGKILL: no shutdown code runs, no lease is released, unacknowledged messages go back to the queue.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 500 && _output.TryDequeue(out _))
        {
        }

        if (line == "READY")
        {
            _ready.TrySetResult();
        }
    }
}
