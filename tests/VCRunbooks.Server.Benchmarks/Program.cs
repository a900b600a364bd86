using System.Globalization;
using VCRunbooks.Server.Benchmarks;

// Throughput of the server through its real HTTP API on a loopback port: runs started, SSE fan-out, events over RabbitMQ.
// Usage: dotnet run -c Release --project tests/VCRunbooks.Server.Benchmarks -- [seconds] [rabbitmq]
// ("rabbitmq" skips figures 1 and 2.) Server settings can be varied through the environment, e.g. Bus__RelayConcurrency=128.
// Git sync alone: dotnet run -c Release --project tests/VCRunbooks.Server.Benchmarks -- git-sync [runbooks, default 500]
if (args is ["git-sync", .. var gitArgs])
{
    var count = gitArgs.Length > 0 ? int.Parse(gitArgs[0], CultureInfo.InvariantCulture) : 500;
    Console.WriteLine($"VCRunbooks git sync benchmark: {count} runbooks, {Environment.ProcessorCount} CPUs");
    await GitSyncBenchmark.RunAsync(count);
    return;
}

// Start-up and restart of the real server process: dotnet run -c Release --project tests/VCRunbooks.Server.Benchmarks -- startup [rounds, default 5]
if (args is ["startup", .. var startupArgs])
{
    var rounds = startupArgs.Length > 0 ? int.Parse(startupArgs[0], CultureInfo.InvariantCulture) : 5;
    Console.WriteLine($"VCRunbooks start-up benchmark: {rounds} rounds, {Environment.ProcessorCount} CPUs");
    await StartupBenchmark.RunAsync(rounds);
    return;
}

// Triggers: dotnet run -c Release --project tests/VCRunbooks.Server.Benchmarks -- triggers [seconds] [rate] [alerts] [help|record]
// (help: commands that start nothing; record: ChatStartWorkers=0, commands recorded and not started; VCRUNBOOKS_BENCH_POSTGRES=<connection> on PostgreSQL)
if (args is ["triggers", .. var triggerArgs])
{
    await TriggerBenchmark.RunAsync(
        rate: triggerArgs.Length > 1 ? int.Parse(triggerArgs[1], CultureInfo.InvariantCulture) : 200,
        duration: TimeSpan.FromSeconds(triggerArgs.Length > 0 ? int.Parse(triggerArgs[0], CultureInfo.InvariantCulture) : 10),
        alerts: triggerArgs.Length > 2 ? int.Parse(triggerArgs[2], CultureInfo.InvariantCulture) : 1000,
        helpOnly: triggerArgs.Length > 3 && triggerArgs[3] == "help",
        recordOnly: triggerArgs.Length > 3 && triggerArgs[3] == "record");
    return;
}

var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var duration = TimeSpan.FromSeconds(seconds);
var onlyRabbitMq = args.Length > 1 && args[1] == "rabbitmq";
Console.WriteLine($"VCRunbooks server benchmark: {seconds} s per figure, {Environment.ProcessorCount} CPUs");

using var relay = new RelayCounter();
if (!onlyRabbitMq)
{
    await using var server = await BenchServer.StartAsync(rabbitMqUrl: null);
    await RunStartBenchmark.RunAsync(server, relay, duration, RunStartBenchmark.Callers);
    await SseFanOutBenchmark.RunAsync(server, subscribers: 100, runs: 200);
}

var rabbitMqUrl = Environment.GetEnvironmentVariable("VCRUNBOOKS_TEST_RABBITMQ");
if (string.IsNullOrWhiteSpace(rabbitMqUrl))
{
    Console.WriteLine("3. RabbitMQ events/s: skipped, VCRUNBOOKS_TEST_RABBITMQ is not set "
        + "(source tests/scripts/services.sh && start_rabbitmq sets it).");
    return;
}
await using (var server = await BenchServer.StartAsync(rabbitMqUrl))
{
    await RabbitMqBenchmark.RunAsync(server, relay, duration);
}
