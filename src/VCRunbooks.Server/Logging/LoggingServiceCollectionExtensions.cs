using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;
using VCRunbooks.Server.Hosting;

namespace VCRunbooks.Server.Logging;

/// <summary>Serilog for the host: console (text or JSON), optional JSON file, run context, and redaction before every sink.</summary>
internal static class LoggingServiceCollectionExtensions
{
    private const string ConsoleTemplate =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}{RunContext}: {Message:lj}{NewLine}{Exception}";

    public static IServiceCollection AddServerLogging(this IServiceCollection services, IConfiguration configuration, DataFolder data)
    {
        services.AddSingleton<SecretValueRegistry>();
        var options = configuration.GetSection(LogOptions.SectionName).Get<LogOptions>() ?? new LogOptions();
        // preserveStaticLogger: each host logs through its own logger. Without it Serilog makes the host's logger the
        // static Log.Logger and logs through that, so two hosts in one process (the tests, several nodes) write to
        // whichever host was built last.
        services.AddSerilog((provider, logger) => Configure(logger, options, data,
            provider.GetRequiredService<SecretValueRegistry>(), provider.GetServices<ILogEventSink>()), preserveStaticLogger: true);
        return services;
    }

    /// <summary>Extra sinks (registered as <see cref="ILogEventSink"/>, e.g. by tests) sit behind the same redaction.</summary>
    internal static LoggerConfiguration Configure(
        LoggerConfiguration logger, LogOptions options, DataFolder data, SecretValueRegistry knownValues, IEnumerable<ILogEventSink> extraSinks)
    {
        logger.MinimumLevel.Is(options.MinimumLevel)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", options.MinimumLevel > LogEventLevel.Information ? options.MinimumLevel : LogEventLevel.Information)
            .Enrich.FromLogContext()
            .Enrich.With<RunContextEnricher>()
            .Destructure.With<SensitiveDestructuringPolicy>();
        var extras = extraSinks.ToList();
        return logger.WriteTo.Sink(new RedactingSink(BuildSinks(options, data, extras), knownValues));
    }

    private static Logger BuildSinks(LogOptions options, DataFolder data, IReadOnlyList<ILogEventSink> extras)
    {
        var sinks = new LoggerConfiguration().MinimumLevel.Verbose();
        if (options.JsonConsole)
        {
            sinks.WriteTo.Console(new RenderedCompactJsonFormatter());
        }
        else
        {
            sinks.WriteTo.Console(outputTemplate: ConsoleTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        }
        if (!string.IsNullOrWhiteSpace(options.JsonFilePath))
        {
            sinks.WriteTo.File(new CompactJsonFormatter(), Path.Combine(data.Path, options.JsonFilePath), rollingInterval: RollingInterval.Day);
        }
        foreach (var extra in extras)
        {
            sinks.WriteTo.Sink(extra);
        }
        return sinks.CreateLogger();
    }
}
