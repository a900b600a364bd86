using System.Collections.Concurrent;
using System.Diagnostics;

namespace VCRunbooks.ScaleOut.Tests.Infrastructure;

/// <summary>One server node in a child process (the ScaleOut.Node host); its READY line is the only start-up signal.</summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> output = new();

    private NodeProcess(string name, Uri baseAddress, Process process)
    {
        Name = name;
        BaseAddress = baseAddress;
        this.process = process;
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"Node {Name} exited before it was ready:{Environment.NewLine}{Output}"));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }
    public Uri BaseAddress { get; }

    /// <summary>The last lines the node wrote, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, output.TakeLast(60));

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
            await ready.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Node {Name} was not ready within {timeout}:{Environment.NewLine}{Output}");
        }
    }

    /// <summary>SIGKILL: no shutdown code runs, no lease is released, unacknowledged messages go back to the queue.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 500 && output.TryDequeue(out _))
        {
        }

        if (line == "READY")
        {
            ready.TrySetResult();
        }
    }
}
