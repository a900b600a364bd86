using VCRunbooks.Server.Cli;
using VCRunbooks.Server.Hosting;
using VCRunbooks.Server.Hosting.Startup;

// VCRUNBOOKS_JIT_PROFILE=<file>: which namespaces the JIT compiles until the server listens (docs/benchmarks.md).
using var jitProfile = JitProfile.StartIfAsked();

if (args is ["run", .. var runArgs])
{
    return await RunCommand.ExecuteAsync(runArgs, Console.Out, CancellationToken.None);
}

if (args is ["validate", .. var validateArgs])
{
    return await ValidateCommand.ExecuteAsync(validateArgs, Console.Out, CancellationToken.None);
}

var app = ServerApp.Build(args);
app.Lifetime.ApplicationStarted.Register(() => Banner.Print(app, Console.Out));
if (jitProfile is not null)
{
    app.Lifetime.ApplicationStarted.Register(() => jitProfile.Write());
}
await app.RunAsync();
return 0;
