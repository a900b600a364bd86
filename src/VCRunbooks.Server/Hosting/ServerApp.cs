using Scalar.AspNetCore;
using Serilog;
using VCRunbooks.Server.Activities;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Events;
using VCRunbooks.Server.GitSync;
using VCRunbooks.Server.Health;
using VCRunbooks.Server.Hosting.Startup;
using VCRunbooks.Server.Live;
using VCRunbooks.Server.Questions;
using VCRunbooks.Server.Runbooks;
using VCRunbooks.Server.Runs;
using VCRunbooks.Server.Metrics;
using VCRunbooks.Server.Secrets;
using VCRunbooks.Server.Simulation;
using VCRunbooks.Server.Targets;
using VCRunbooks.Server.Triggers;

namespace VCRunbooks.Server.Hosting;

/// <summary>Builds the server as a web application; Program, the run command and the tests all start here.</summary>
public static class ServerApp
{
    /// <summary>Where the server listens when neither <c>urls</c> nor Kestrel endpoints are configured: loopback only, port 5080.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <param name="args">Command line; <c>--Section:Key=value</c> overrides configuration.</param>
    /// <param name="customize">Changes before the services are registered (tests: a test server, extra sinks).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        var timeline = new StartupTimeline();
        var builder = WebApplication.CreateBuilder(args);
        if (builder.Configuration["urls"] is null && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        customize?.Invoke(builder);
        builder.Services.AddVCRunbooksServer(builder.Configuration, DataFolder.FromConfiguration(builder.Configuration));
        builder.Services.AddTriggers();
        builder.Services.TimeHostedServices(timeline);

        var app = builder.Build();
        app.LogStartupTimeline();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // The host's own logger, not Serilog's static one: several hosts in one process (tests, the run verb's
        // embedded server) must each log their requests to their own sinks.
        app.UseSerilogRequestLogging(o => o.Logger = app.Services.GetService<Serilog.ILogger>());
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRunbookBodyLimit();

        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o => o.WithTitle("VCRunbooks API")).AllowAnonymous();
        app.UseWebConsole();
        app.MapHealthEndpoints();
        app.MapMeApi();
        app.MapServerMetrics();
        app.MapTargetsApi();
        app.MapSecretsApi();
        app.MapRunbooksApi();
        app.MapActivitiesApi();
        app.MapExpressionsApi();
        app.MapRunsApi();
        app.MapSimulationApi();
        app.MapQuestionsApi();
        app.MapEventsApi();
        app.MapLiveApi();
        app.MapGitSyncApi();
        app.MapTriggers();
        return app;
    }
}
