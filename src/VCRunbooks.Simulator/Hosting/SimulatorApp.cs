namespace VCRunbooks.Simulator.Hosting;

/// <summary>Builds the simulator as a web application, standalone or embedded.</summary>
public static class SimulatorApp
{
    /// <summary>
    /// Builds the simulator's web application: the simulated /api and /rest APIs, the /simulator control API, and
    /// HTTPS with a self-signed certificate when <paramref name="urls"/> names an https address.
    /// </summary>
    /// <param name="args">Command-line arguments; <c>--Simulator:ClockFactor=0</c> and the like bind <see cref="SimulatorOptions"/>.</param>
    /// <param name="configure">Sets options after configuration is bound.</param>
    /// <param name="urls">Addresses to listen on, e.g. <c>http://127.0.0.1:0</c>; null for the host's default.</param>
    /// <param name="time">The clock simulated time flows from (at <see cref="SimulatorOptions.ClockFactor"/>×); the system clock when null.</param>
    public static WebApplication Build(string[] args, Action<SimulatorOptions>? configure = null, string? urls = null, TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("VCRunbooks", LogLevel.Information);
        if (urls is not null)
        {
            builder.WebHost.UseUrls(urls);
        }
        builder.Services.AddVCenterSimulator(configure);
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        // The slim builder leaves HTTPS out unless asked; https: true needs it.
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
            kestrel.ConfigureHttpsDefaults(https =>
                https.ServerCertificate = kestrel.ApplicationServices.GetRequiredService<SimulatorCertificate>().Certificate));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapVCenterSimulator();
        return app;
    }
}
