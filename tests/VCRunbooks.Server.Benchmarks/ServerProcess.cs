using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace VCRunbooks.Server.Benchmarks;

/// <summary>
/// The Release server (VCRunbooks.Server.dll of this build) in its own process on the embedded default: SQLite in
/// the given data folder, in-memory bus, embedded simulator, a loopback port. Its output is kept; killed with SIGKILL.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public IEnumerable<string> Output => _output;

    /// <summary>CPU time the server process has used so far (all its threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static ServerProcess Start(string dataFolder, string runbooksFolder, params string[] extra)
    {
        var port = FreePort();
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dataFolder),
        };
        // VCRUNBOOKS_BENCH_SERVER names another build of the server (e.g. a ReadyToRun publish) to compare.
        info.ArgumentList.Add(Environment.GetEnvironmentVariable("VCRUNBOOKS_BENCH_SERVER") is { Length: > 0 } other ? other : Path.Combine(AppContext.BaseDirectory, "VCRunbooks.Server.dll"));
        info.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        info.ArgumentList.Add($"--Server:DataPath={dataFolder}");
        info.ArgumentList.Add($"--Server:RunbooksPath={runbooksFolder}");
        info.ArgumentList.Add("--EmbeddedSimulator:Port=0");
        foreach (var argument in extra)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("The server process did not start.");
        return new ServerProcess(process, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>Polls GET /health/ready until it answers 200; throws when the process exits first.</summary>
    public async Task WaitUntilReadyAsync(HttpClient client, TimeSpan patience)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {_process.ExitCode}:{Environment.NewLine}{string.Join(Environment.NewLine, _output.TakeLast(40))}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(Address, "health/ready"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (deadline.Elapsed > patience)
            {
                throw new TimeoutException($"The server was not ready within {patience}.");
            }

            await Task.Delay(5);
        }
    }

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
