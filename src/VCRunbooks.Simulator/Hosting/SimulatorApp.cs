namespace VCRunbooks.Simulator.Hosting;

/// <summary>Builds the simulator as a web application, standalone or embedded.</summary>
public static class SimulatorApp
{
    public static WebApplication Build(string[] args, Action<SimulatorOptions>? configure = null, string? urls = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
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
