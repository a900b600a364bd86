using VCRunbooks.Benchmarks;

// Engine benchmarks, Stopwatch-based (BenchmarkDotNet's many launches are too slow on 2 shared cores).
// Usage: dotnet run -c Release --project tests/VCRunbooks.Benchmarks -- engine [runs] [suspended] [samples]
// "overhead [runs] [every|batched|lean]" runs only the per-activity overhead figures (quick to repeat while profiling).
// "expressions" runs only the expression figures: compile (cold, warm) and evaluation under the code guard.
// "questions [open=10000]" lists open questions with that many open.
// "scripts [versions=1000]" runs the script runbook figures: cold, cache, overhead against JSON, replay, compile-and-drop.
if (args.Length == 0 || args[0] is not ("engine" or "overhead" or "expressions" or "questions" or "scripts"))
{
    Console.WriteLine("usage: engine [overheadRuns=30] [suspendedRuns=10000] [latencySamples=300] | overhead [overheadRuns=30] [every|batched|lean] | expressions | questions [open=10000] | scripts [versions=1000]");
    return 1;
}

if (args[0] == "scripts")
{
    foreach (var line in await ScriptsBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000))
    {
        Console.WriteLine(line);
    }

    return 0;
}

if (args[0] == "questions")
{
    foreach (var line in await QuestionsBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000))
    {
        Console.WriteLine(line);
    }

    return 0;
}

if (args[0] == "expressions")
{
    foreach (var line in (await ExpressionsBenchmark.RunAsync()).Concat(await ExpressionsBenchmark.RunAsync()).Concat(ExpressionEvaluationBenchmark.Run())
        .Concat(await ValidationBenchmark.RunAsync()))
    {
        Console.WriteLine(line);
    }

    return 0;
}

var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30;

if (args[0] == "overhead")
{
    var lines = args.Length > 2 ? await OverheadBenchmark.RunOneAsync(args[2], runs) : await OverheadBenchmark.RunAsync(runs);
    foreach (var line in lines)
    {
        Console.WriteLine(line);
    }

    return 0;
}

var suspended = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
var samples = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 300;

// Expressions first: "cold" means the first Roslyn compilation in this process.
foreach (var line in (await ExpressionsBenchmark.RunAsync()).Concat(ExpressionEvaluationBenchmark.Run()))
{
    Console.WriteLine(line);
}

foreach (var line in await OverheadBenchmark.RunAsync(runs))
{
    Console.WriteLine(line);
}

foreach (var line in await EventLatencyBenchmark.RunAsync(samples))
{
    Console.WriteLine(line);
}

foreach (var line in await SuspendedRunsBenchmark.RunAsync(suspended))
{
    Console.WriteLine(line);
}

return 0;
