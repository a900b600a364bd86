using VCRunbooks.Server.Cli;
using VCRunbooks.Server.Hosting;

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
await app.RunAsync();
return 0;
