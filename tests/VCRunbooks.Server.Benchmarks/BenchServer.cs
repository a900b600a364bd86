using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using VCRunbooks.Server.Hosting;

namespace VCRunbooks.Server.Benchmarks;

/// <summary>
/// The real server on Kestrel at a free loopback port, in its embedded default (SQLite in a temp data folder,
/// first-run admin key, in-memory bus unless a RabbitMQ URL is given), with the benchmark runbook published.
/// </summary>
internal sealed class BenchServer : IAsyncDisposable
{
    public const string RunbookId = "bench";

    private const string Runbook = """
        { "id": "bench", "name": "Bench",
          "activities": [ { "id": "start", "type": "Start" }, { "id": "log", "type": "Log", "inputs": { "Message": "benchmark run" } }, { "id": "end", "type": "End" } ],
          "connections": [ { "from": "start", "to": "log" }, { "from": "log", "to": "end" } ] }
        """;

    private readonly WebApplication _app;
    private readonly string _data;

    private BenchServer(WebApplication app, string data, Uri address, string apiKey)
    {
        _app = app;
        _data = data;
        Address = address;
        ApiKey = apiKey;
    }

    public Uri Address { get; }
    public string ApiKey { get; }

    public static async Task<BenchServer> StartAsync(string? rabbitMqUrl)
    {
        var data = Directory.CreateTempSubdirectory("vcrunbooks-server-bench-").FullName;
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0",
            $"--Server:DataPath={data}",
            $"--Server:RunbooksPath={Path.Combine(data, "runbooks")}",
            "--EmbeddedSimulator:Port=0",
            // Per-request logging to the console would measure the console, not the server.
            "--Log:MinimumLevel=Warning",
        };
        if (rabbitMqUrl is not null)
        {
            args.Add($"--Bus:RabbitMq:Host={rabbitMqUrl}");
        }
        var app = ServerApp.Build([.. args]);
        await app.StartAsync();
        var address = app.Urls.First();
        var key = (await File.ReadAllTextAsync(Path.Combine(data, "admin-api-key.txt"))).Trim();
        var server = new BenchServer(app, data, new Uri(address), key);
        await server.PublishRunbookAsync();
        return server;
    }

    /// <summary>A client with the admin key; one connection pool per client, like separate callers.</summary>
    public HttpClient Client(TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = timeout ?? TimeSpan.FromSeconds(100) };
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    /// <summary>POSTs one run of the benchmark runbook; true on 2xx.</summary>
    public static async Task<bool> StartRunAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsJsonAsync("/api/runs", new { runbook = RunbookId }, cancellationToken);
        return response.IsSuccessStatusCode;
    }

    private async Task PublishRunbookAsync()
    {
        using var client = Client();
        using var draft = new StringContent(Runbook, System.Text.Encoding.UTF8, "application/json");
        using var saved = await client.PutAsync(new Uri($"/api/runbooks/{RunbookId}/draft", UriKind.Relative), draft);
        saved.EnsureSuccessStatusCode();
        using var published = await client.PostAsync(new Uri($"/api/runbooks/{RunbookId}/publish", UriKind.Relative), null);
        published.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the file a moment longer; the temp folder is the OS's to clean.
        }
    }
}
