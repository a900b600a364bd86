using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace VCRunbooks.Server.Hosting;

/// <summary>
/// Serves the web console (the designer/ app built into wwwroot): its files, and index.html at / and for every
/// client route, so a reload on /runs/42 opens that view. API, docs, health and metrics paths are never answered
/// with the console: an unknown /api path stays a 404.
/// </summary>
internal static class WebConsole
{
    private static readonly string[] ServerPrefixes = ["/api", "/openapi", "/scalar", "/health", "/metrics"];

    private const string NotBuiltPage = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>VCRunbooks</title></head>
        <body style="font-family:sans-serif;max-width:40em;margin:3em auto">
        <h1>The web console is not built</h1>
        <p>The server was built without Node.js, so the console (designer/) was skipped. Install Node.js 20.19 or later
        with npm and build again (<code>dotnet build src/VCRunbooks.Server</code>).</p>
        <p>The API works meanwhile: see the <a href="/scalar/v1">API reference</a>.</p>
        </body></html>
        """;

    public static WebApplication UseWebConsole(this WebApplication app)
    {
        var configured = app.Services.GetRequiredService<IOptions<ServerOptions>>().Value.ConsolePath;
        var folder = configured is null ? Path.Combine(AppContext.BaseDirectory, "wwwroot") : ServerPaths.Resolve(configured);
        var index = Path.Combine(folder, "index.html");
        if (Directory.Exists(folder))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(folder),
                // Vite names assets by content hash: they never change under the same name.
                OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = c.Context.Request.Path.StartsWithSegments("/assets")
                    ? "public, max-age=31536000, immutable"
                    : "no-cache",
            });
        }

        app.MapGet("/", (HttpContext http) => ServeIndex(http, index)).AllowAnonymous().ExcludeFromDescription();
        app.MapFallback((HttpContext http) => ServerPrefixes.Any(p => http.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
                ? Results.Problem($"No endpoint at {http.Request.Path}.", statusCode: StatusCodes.Status404NotFound, title: "Not found")
                : ServeIndex(http, index))
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static IResult ServeIndex(HttpContext http, string index)
    {
        http.Response.Headers.CacheControl = "no-cache";
        return File.Exists(index)
            ? Results.File(index, "text/html; charset=utf-8")
            : Results.Content(NotBuiltPage, "text/html; charset=utf-8", statusCode: StatusCodes.Status200OK);
    }
}
