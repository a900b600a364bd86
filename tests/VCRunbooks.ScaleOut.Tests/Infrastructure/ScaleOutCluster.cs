using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Npgsql;
using VCRunbooks.ScaleOut.Node;

namespace VCRunbooks.ScaleOut.Tests.Infrastructure;

/// <summary>
/// Server nodes in child processes on one fresh PostgreSQL database and one RabbitMQ vhost (with a dispatch queue of
/// their own, so runs of other tests on the same broker never reach them), plus queries over what they did.
/// </summary>
public sealed class ScaleOutCluster : IAsyncDisposable
{
    public const string ApiKey = "scale-out-test-operator-key-0123456789";
    // Short, so a killed node's runs move within seconds; long enough that a loaded machine's stalls do not pass for a death.
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(3);

    private readonly string _adminConnectionString;
    private readonly string _directory = Directory.CreateTempSubdirectory("vcr-scaleout-").FullName;
    private readonly List<NodeProcess> _nodes = [];

    private ScaleOutCluster(string adminConnectionString, string database)
    {
        _adminConnectionString = adminConnectionString;
        Database = database;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = database, Pooling = false }.ConnectionString;
        DispatchQueue = $"execute-run-{database}";
    }

    public string Database { get; }
    public string ConnectionString { get; }
    public string DispatchQueue { get; }
    public IReadOnlyList<NodeProcess> Nodes => _nodes;

    /// <summary>What the nodes printed last, for failure messages.</summary>
    public string NodeOutput => string.Join(Environment.NewLine, _nodes.Select(n => $"--- {n.Name} ---{Environment.NewLine}{n.Output}"));

    public static async Task<ScaleOutCluster> CreateAsync(params (string FileName, string Json)[] runbooks)
    {
        var admin = ScaleOutFactAttribute.Postgres!;
        var cluster = new ScaleOutCluster(admin, $"scaleout_{Guid.NewGuid():N}");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {cluster.Database}", connection);
            await create.ExecuteNonQueryAsync();
        }

        await cluster.ExecuteAsync(ScaleOutLedger.Schema);
        var folder = Path.Combine(cluster._directory, "runbooks");
        Directory.CreateDirectory(folder);
        foreach (var (fileName, json) in runbooks)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, fileName), json);
        }

        return cluster;
    }

    /// <summary>Starts a node and waits for it; nodes start one after the other so only the first publishes the runbooks.</summary>
    public async Task<NodeProcess> StartNodeAsync(string name, int workers)
    {
        var node = NodeProcess.Start(name, FreePort(), [
            $"--Server:DataPath={Path.Combine(_directory, "data")}",
            $"--Server:RunbooksPath={Path.Combine(_directory, "runbooks")}",
            "--EmbeddedSimulator:Enabled=false",
            "--Database:Provider=Postgres",
            $"--Database:ConnectionString={ConnectionString}",
            $"--Bus:RabbitMq:Host={ScaleOutFactAttribute.RabbitMq}",
            $"--Engine:DispatchQueue={DispatchQueue}",
            $"--Engine:Workers={workers}",
            $"--Engine:LeaseDuration={LeaseDuration}",
            "--Engine:TimerPollInterval=00:00:00.500",
            "--Auth:ApiKeys:0:Name=scale-out-test",
            $"--Auth:ApiKeys:0:Key={ApiKey}",
            "--Auth:ApiKeys:0:Role=operator",
            "--Log:MinimumLevel=Warning",
        ]);
        _nodes.Add(node);
        await node.WaitReadyAsync(TimeSpan.FromSeconds(90));
        return node;
    }

    public static HttpClient Client(NodeProcess node)
    {
        var client = new HttpClient { BaseAddress = node.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    /// <summary>Starts a run through a node's REST API; returns its id.</summary>
    public static async Task<string> StartRunAsync(NodeProcess node, string runbook, string idempotencyKey)
    {
        using var client = Client(node);
        using var response = await client.PostAsJsonAsync("api/runs", new { runbook, idempotencyKey });
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Starting a run on {node.Name} answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["id"]!.GetValue<string>();
    }

    /// <summary>Polls the runs table until every run has finished or the deadline passes; returns the status counts.</summary>
    public async Task<Dictionary<string, long>> WaitForRunsToFinishAsync(int expected, TimeSpan deadline)
    {
        using var cts = new CancellationTokenSource(deadline);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        Dictionary<string, long> counts = [];
        do
        {
            counts = (await QueryAsync("SELECT status, count(*) FROM runs GROUP BY status", r => (r.GetString(0), r.GetInt64(1))))
                .ToDictionary(x => x.Item1, x => x.Item2);
            var finished = counts.Where(c => c.Key is "Completed" or "Faulted" or "Cancelled").Sum(c => c.Value);
            if (finished >= expected)
            {
                return counts;
            }
        }
        while (await WaitAsync(poll, cts.Token));

        return counts;
    }

    /// <summary>Polls until <paramref name="condition"/> holds or the deadline passes; returns whether it held.</summary>
    public static async Task<bool> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan deadline)
    {
        using var cts = new CancellationTokenSource(deadline);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        do
        {
            if (await condition())
            {
                return true;
            }
        }
        while (await WaitAsync(poll, cts.Token));

        return false;
    }

    public async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public async Task<long> ScalarAsync(string sql) => (await QueryAsync(sql, r => r.IsDBNull(0) ? 0L : Convert.ToInt64(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture))).Single();

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Every probe execution, in start order.</summary>
    public Task<List<ProbeExecution>> ProbeLedgerAsync() => QueryAsync(
        "SELECT node, run_id, activity_id, idempotency_key, started_at, ended_at FROM probe_ledger ORDER BY started_at, id",
        r => new ProbeExecution(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
            r.GetFieldValue<DateTimeOffset>(4), r.IsDBNull(5) ? null : r.GetFieldValue<DateTimeOffset>(5)));

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        await DeleteDispatchQueueAsync();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>The dispatch queue is durable (runs must survive a broker restart): a test removes its own.</summary>
    private async Task DeleteDispatchQueueAsync()
    {
        var factory = new RabbitMQ.Client.ConnectionFactory { Uri = new Uri(ScaleOutFactAttribute.RabbitMq!) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeleteAsync(DispatchQueue, ifUnused: false, ifEmpty: false);
        await channel.ExchangeDeleteAsync(DispatchQueue);
    }

    private static async Task<bool> WaitAsync(PeriodicTimer poll, CancellationToken cancellationToken)
    {
        try
        {
            return await poll.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
