using System.Diagnostics;

namespace VCRunbooks.Server.Tests.Messaging;

/// <summary>Stops and starts the loopback RabbitMQ that tests/scripts/services.sh runs, to simulate a broker outage.</summary>
internal static class LocalRabbitMq
{
    public static string? ServicesScript
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var script = Path.Combine(dir.FullName, "tests", "scripts", "services.sh");
                if (File.Exists(script))
                {
                    return script;
                }
            }
            return null;
        }
    }

    public static Task StopAsync() => RunAsync("stop_rabbitmq");

    public static Task StartAsync() => RunAsync("start_rabbitmq");

    private static async Task RunAsync(string function)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", $"source '{ServicesScript}' && {function}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{function} failed ({process.ExitCode}): {await output} {await error}");
        }
    }
}
