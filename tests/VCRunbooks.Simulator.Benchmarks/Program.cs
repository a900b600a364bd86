using VCRunbooks.Simulator.Benchmarks;

// Requests per second the simulator serves, measured from a second set of loopback connections.
// Usage: dotnet run -c Release --project tests/VCRunbooks.Simulator.Benchmarks -- [seconds] [concurrency]
var seconds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10;
var concurrency = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 32;
await ThroughputBenchmark.RunAsync(TimeSpan.FromSeconds(seconds), concurrency);
