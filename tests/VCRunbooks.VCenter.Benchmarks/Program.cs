using System.Globalization;
using VCRunbooks.VCenter.Benchmarks;

// The client's own overhead per call, and requests per second with concurrent callers, against the in-process
// simulator, each compared with a raw HttpClient doing the same GET /api/session.
// Usage: dotnet run -c Release --project tests/VCRunbooks.VCenter.Benchmarks -- [calls] [seconds] [concurrency]
var calls = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 64;
await ClientBenchmark.RunAsync(calls, TimeSpan.FromSeconds(seconds), concurrency);
