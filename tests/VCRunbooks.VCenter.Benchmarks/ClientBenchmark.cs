using System.Diagnostics;
using System.Globalization;
using VCRunbooks.Simulator.Hosting;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Connection;

namespace VCRunbooks.VCenter.Benchmarks;

/// <summary>Sequential latency and concurrent throughput of the client versus a raw HttpClient.</summary>
internal static class ClientBenchmark
{
    private const string Appliance = "vcsa-01.vsphere.local";

    public static async Task RunAsync(int calls, TimeSpan duration, int concurrency)
    {
        await using var host = await SimulatorHost.StartAsync(o => o.ClockFactor = 0);
        var target = new VCenterTarget { Host = Appliance, ApiBaseUrl = host.BaseAddress };
        await using var client = new VCenterClientFactory().Create(target, VCenterCredentials.Sso("administrator@vsphere.local", "VMware1!"));
        await client.Session.GetAsync();
        using var raw = await RawClient.CreateAsync(host.BaseAddress, Appliance);

        Func<Task> clientCall = () => client.Session.GetAsync();
        Func<Task> rawCall = raw.GetSessionAsync;

        // Warm both paths (JIT, connection pool) before measuring.
        await Sequential(rawCall, 500);
        await Sequential(clientCall, 500);

        // The machine is shared: alternate the two paths over three rounds and keep each one's best.
        TimeSpan rawLatency = TimeSpan.MaxValue, clientLatency = TimeSpan.MaxValue;
        double rawRate = 0, clientRate = 0;
        for (var round = 0; round < 3; round++)
        {
            rawLatency = Min(rawLatency, await Sequential(rawCall, calls));
            clientLatency = Min(clientLatency, await Sequential(clientCall, calls));
            rawRate = Math.Max(rawRate, await Concurrent(rawCall, duration, concurrency));
            clientRate = Math.Max(clientRate, await Concurrent(clientCall, duration, concurrency));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GET /api/session, {calls} sequential calls each, then {concurrency} concurrent callers for {duration.TotalSeconds:0} s each; best of 3 alternating rounds"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"raw HttpClient : {rawLatency.TotalMicroseconds:0.0} us/call, {rawRate:0} req/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"VCenterClient  : {clientLatency.TotalMicroseconds:0.0} us/call, {clientRate:0} req/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"client overhead: {(clientLatency - rawLatency).TotalMicroseconds:0.0} us/call ({(clientLatency / rawLatency - 1) * 100:0}%), throughput {(clientRate / rawRate - 1) * 100:+0;-0}%"));
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static async Task<TimeSpan> Sequential(Func<Task> call, int calls)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < calls; i++)
        {
            await call();
        }
        return Stopwatch.GetElapsedTime(started) / calls;
    }

    private static async Task<double> Concurrent(Func<Task> call, TimeSpan duration, int concurrency)
    {
        long completed = 0;
        var started = Stopwatch.GetTimestamp();
        using var stop = new CancellationTokenSource(duration);
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
            {
                await call();
                Interlocked.Increment(ref completed);
            }
        });
        await Task.WhenAll(workers);
        return completed / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}
