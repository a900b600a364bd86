using MassTransit;
using VCRunbooks.Engine;
using VCRunbooks.ScaleOut.Node;
using VCRunbooks.Server.Hosting;

// Usage: VCRunbooks.ScaleOut.Node <server arguments> — the server exactly as Program builds it, plus the Probe
// activity writing to the scale-out ledger in the server's own PostgreSQL database. Prints READY once listening;
// the test kills it with SIGKILL at will.
var app = ServerApp.Build(args, builder =>
{
    var connectionString = builder.Configuration["Database:ConnectionString"]
        ?? throw new InvalidOperationException("--Database:ConnectionString is required.");
    var node = builder.Configuration["Engine:NodeId"] ?? throw new InvalidOperationException("--Engine:NodeId is required.");
    builder.Services.AddSingleton(new ScaleOutLedger(connectionString, node));
    new RunbookEngineBuilder(builder.Services).AddActivity<Probe>();
    // READY only once this node consumes the dispatch queue, so runs started next are shared by both nodes.
    builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
});
await app.StartAsync();
Console.WriteLine("READY");
await app.WaitForShutdownAsync();
