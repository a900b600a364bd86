namespace VCRunbooks.Server.Hosting.Startup;

/// <summary>Puts every hosted service registered so far on the start-up timeline, and logs the timeline once the server listens.</summary>
internal static partial class StartupTimelineExtensions
{
    public static void TimeHostedServices(this IServiceCollection services, StartupTimeline timeline)
    {
        services.AddSingleton(timeline);
        for (var i = 0; i < services.Count; i++)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType != typeof(IHostedService) || descriptor.IsKeyedService)
            {
                continue;
            }

            services[i] = ServiceDescriptor.Singleton<IHostedService>(sp => new TimedHostedService(Create(sp, descriptor), timeline));
        }
    }

    public static void LogStartupTimeline(this WebApplication app)
    {
        var timeline = app.Services.GetRequiredService<StartupTimeline>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupTimeline).FullName!);
        timeline.RecordSinceLast("runtime and host build");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            timeline.RecordSinceLast("Kestrel");
            var elapsed = timeline.Elapsed.TotalMilliseconds;
            var phases = timeline.Describe();
            // The JIT's count does not move with the machine's load, unlike the times: compare builds by it.
            var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
            var jitMs = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds;
            LogStarted(logger, elapsed, phases, jitMethods, jitMs, Environment.CpuUsage.TotalTime.TotalMilliseconds);
        });
    }

    private static IHostedService Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        (IHostedService)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Started in {ElapsedMs:F0} ms since the process began: {Timeline}; JIT {JitMethods} methods in {JitMs:F0} ms, CPU {CpuMs:F0} ms")]
    private static partial void LogStarted(ILogger logger, double elapsedMs, string timeline, long jitMethods, double jitMs, double cpuMs);
}
