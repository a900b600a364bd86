using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Simulator;

namespace VCRunbooks.Server.Hosting;

/// <summary>What the operator sees in the terminal once the server listens: where to look, and how to log in.</summary>
internal static class Banner
{
    public static void Print(WebApplication app, TextWriter output)
    {
        var root = app.Urls.FirstOrDefault()?.TrimEnd('/') ?? "(no address)";
        var data = app.Services.GetRequiredService<DataFolder>();
        var simulator = app.Services.GetRequiredService<EmbeddedSimulator>();
        output.WriteLine();
        output.WriteLine("VCRunbooks server is running.");
        output.WriteLine($"  Web console   {root}/   (sign in with an API key)");
        output.WriteLine($"  API docs      {root}/scalar/v1   (OpenAPI document: {root}/openapi/v1.json)");
        output.WriteLine($"  Health        {root}/health/ready   Metrics: {root}/metrics");
        if (simulator.BaseAddress is { } sim)
        {
            output.WriteLine($"  Simulator     {sim}   (control API: {sim}simulator/appliances)");
            foreach (var member in DemoFleet.Members)
            {
                output.WriteLine($"    target {member.TargetName,-13} {member.Spec.Name}: {member.Purpose}");
            }
        }
        output.WriteLine($"  Data folder   {data.Path}");
        if (app.Services.GetService<FirstRunAdminKey>() is { } key)
        {
            output.WriteLine(key.Created
                ? $"  Admin API key {key.Key}   (shown once; kept in {key.FilePath}; send it as {ApiKeyAuthenticationHandler.HeaderName})"
                : $"  Admin API key in {key.FilePath} (send it as {ApiKeyAuthenticationHandler.HeaderName})");
        }
        output.WriteLine();
    }
}
