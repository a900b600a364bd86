using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using VCRunbooks.Simulator.Hosting;

namespace VCRunbooks.Simulator.Benchmarks;

/// <summary>Measures GET throughput on a health item and on a backup job, with N concurrent keep-alive callers.</summary>
internal static class ThroughputBenchmark
{
    public static async Task RunAsync(TimeSpan duration, int concurrency)
    {
        await using var host = await SimulatorHost.StartAsync(o => o.ClockFactor = 0);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = host.BaseAddress };

        using var login = new HttpRequestMessage(HttpMethod.Post, "/api/session");
        login.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("administrator@vsphere.local:VMware1!")));
        var token = await (await http.SendAsync(login)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<string>();
        http.DefaultRequestHeaders.Add("vmware-api-session-id", token);

        var job = await http.PostAsJsonAsync("/api/appliance/recovery/backup/job", new
        {
            parts = new[] { "common" },
            location_type = "SFTP",
            location = "sftp://backup.lab.local/vcsa",
            location_user = "backup",
            location_password = "Backup1!",
        });
        var jobId = (await job.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();

        Console.WriteLine($"simulator throughput, {concurrency} concurrent callers, {duration.TotalSeconds:0} s per endpoint, {Environment.ProcessorCount} cores");
        await MeasureAsync(http, "GET /api/appliance/health/system", "/api/appliance/health/system", duration, concurrency);
        await MeasureAsync(http, "GET /api/appliance/recovery/backup/job/{id}", $"/api/appliance/recovery/backup/job/{jobId}", duration, concurrency);
    }

    private static async Task MeasureAsync(HttpClient http, string label, string path, TimeSpan duration, int concurrency)
    {
        // Warm up connections and JIT before measuring.
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => http.GetAsync(path)));
        long count = 0, failures = 0;
        var stopwatch = Stopwatch.StartNew();
        using var cts = new CancellationTokenSource(duration);
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (!cts.IsCancellationRequested)
            {
                using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead, CancellationToken.None);
                if (response.IsSuccessStatusCode) Interlocked.Increment(ref count); else Interlocked.Increment(ref failures);
            }
        });
        await Task.WhenAll(workers);
        var rate = count / stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine($"{label,-50} {rate,10:N0} req/s   ({count:N0} ok, {failures:N0} failed)");
    }
}
