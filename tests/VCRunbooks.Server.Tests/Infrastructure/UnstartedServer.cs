using Microsoft.AspNetCore.Builder;
using VCRunbooks.Server.Hosting;

namespace VCRunbooks.Server.Tests.Infrastructure;

/// <summary>The server's services built from command-line settings but never started: nothing listens or connects.</summary>
internal static class UnstartedServer
{
    // Servers on closed ports: enough for the server to choose its wiring, never reached.
    public const string RabbitMqOnly = "--Bus:RabbitMq:Host=amqp://guest:guest@127.0.0.1:1/";

    public static readonly string[] PostgresOnly =
        ["--Database:Provider=Postgres", "--Database:ConnectionString=Host=127.0.0.1;Port=1;Username=nobody;Database=none"];

    public static readonly string[] SharedPostgresAndRabbitMq = [.. PostgresOnly, RabbitMqOnly];

    public static WebApplication Build(TempDirectory data, params string[] args) =>
        ServerApp.Build([$"--Server:DataPath={data.Path}", $"--Server:RunbooksPath={data.Path}/runbooks", "--EmbeddedSimulator:Enabled=false", .. args]);
}
