using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Hosting;

namespace VCRunbooks.Server.Tests.Infrastructure;

/// <summary>
/// The real server (same builder as Program) on an in-memory test server, with its own data folder, a key per
/// role, JWT by signing key, and the embedded simulator on a free loopback port.
/// </summary>
public sealed class TestServer : IAsyncDisposable
{
    private readonly TempDirectory _data;
    private readonly bool _ownsData;

    private TestServer(WebApplication app, TempDirectory data, bool ownsData, CollectingSink logs)
    {
        App = app;
        _data = data;
        _ownsData = ownsData;
        Logs = logs;
    }

    public WebApplication App { get; }
    public CollectingSink Logs { get; }
    public string DataPath => _data.Path;
    public IServiceProvider Services => App.Services;

    /// <param name="configureAuth">False for the embedded default: no keys, no JWT.</param>
    /// <param name="data">A data folder to reuse (restart tests); the caller keeps ownership.</param>
    /// <param name="customize">Extra registrations made before the server's own (e.g. a FakeTimeProvider).</param>
    /// <param name="beforeStart">Runs on the built services before the host starts (e.g. to put the engine on a test clock).</param>
    public static async Task<TestServer> StartAsync(IEnumerable<string>? extraArgs = null, bool kestrel = false, TempDirectory? data = null, bool configureAuth = true,
        Action<WebApplicationBuilder>? customize = null, Action<IServiceProvider>? beforeStart = null)
    {
        var ownsData = data is null;
        data ??= new TempDirectory();
        var logs = new CollectingSink();
        var runbooks = Path.Combine(data.Path, "runbooks");
        TestRunbooks.WriteTo(runbooks);
        var args = new List<string>
        {
            $"--Server:DataPath={data.Path}",
            $"--Server:RunbooksPath={runbooks}",
            "--EmbeddedSimulator:Port=0",
        };
        if (configureAuth)
        {
            args.Add($"--Auth:Jwt:SigningKey={TestKeys.JwtSigningKey}");
            args.Add($"--Auth:Jwt:Issuer={TestKeys.JwtIssuer}");
            args.Add($"--Auth:Jwt:Audience={TestKeys.JwtAudience}");
        }
        for (var i = 0; configureAuth && i < Roles.Ordered.Count; i++)
        {
            args.Add($"--Auth:ApiKeys:{i}:Name=test-{Roles.Ordered[i]}");
            args.Add($"--Auth:ApiKeys:{i}:Key={TestKeys.For(Roles.Ordered[i])}");
            args.Add($"--Auth:ApiKeys:{i}:Role={Roles.Ordered[i]}");
        }
        if (kestrel)
        {
            args.Add("--urls=http://127.0.0.1:0");
        }
        args.AddRange(extraArgs ?? []);
        var app = ServerApp.Build([.. args], builder =>
        {
            if (!kestrel)
            {
                builder.WebHost.UseTestServer();
            }
            builder.Services.AddSingleton<ILogEventSink>(logs);
            customize?.Invoke(builder);
        });
        beforeStart?.Invoke(app.Services);
        await app.StartAsync();
        return new TestServer(app, data, ownsData, logs);
    }

    /// <summary>A client sending the API key of <paramref name="role"/>, or no credentials when null.</summary>
    public HttpClient Client(string? role)
    {
        var client = App.GetTestClient();
        if (role is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, TestKeys.For(role));
        }
        return client;
    }

    public HttpClient BearerClient(string token)
    {
        var client = App.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (_ownsData)
        {
            _data.Dispose();
        }
    }
}
