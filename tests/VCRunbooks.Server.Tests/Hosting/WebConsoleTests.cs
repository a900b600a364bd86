using System.Net;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Hosting;

/// <summary>The web console at /: its files, index.html for client routes, and the server's own paths left alone.</summary>
public sealed class WebConsoleTests : IAsyncLifetime, IDisposable
{
    private const string Index = "<!doctype html><div id=\"root\"></div><!-- console -->";
    private readonly TempDirectory _console = new();
    private TestServer? _server;

    private HttpClient Anonymous => _server!.Client(null);

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(_console.Path, "index.html"), Index);
        Directory.CreateDirectory(Path.Combine(_console.Path, "assets"));
        await File.WriteAllTextAsync(Path.Combine(_console.Path, "assets", "index-abc123.js"), "console.log(1);");
        _server = await TestServer.StartAsync([$"--Server:ConsolePath={_console.Path}"]);
    }

    public async Task DisposeAsync() => await _server!.DisposeAsync();

    public void Dispose() => _console.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/runbooks/backup")]
    [InlineData("/runs/0194f0c2-7b5e-7000-8000-000000000000")]
    public async Task Get_ConsoleRoute_AnswersIndexHtml(string path)
    {
        using var response = await Anonymous.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Index, await response.Content.ReadAsStringAsync());
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Get_HashedAsset_IsServedAndCachedForever()
    {
        using var response = await Anonymous.GetAsync(new Uri("/assets/index-abc123.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("console.log(1);", await response.Content.ReadAsStringAsync());
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/no-such-thing")]
    [InlineData("/api/runbooks/backup/nothing/here")]
    public async Task Get_UnknownApiPath_Is404ProblemNotTheConsole(string path)
    {
        using var response = await Anonymous.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_ApiReference_StaysAtScalar()
    {
        using var response = await Anonymous.GetAsync(new Uri("/scalar/v1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<!-- console -->", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Root_WhenConsoleNotBuilt_SaysSoAndLinksTheApiReference()
    {
        using var empty = new TempDirectory();
        await using var server = await TestServer.StartAsync([$"--Server:ConsolePath={empty.Path}"]);

        var page = await server.Client(null).GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("not built", page, StringComparison.Ordinal);
        Assert.Contains("/scalar/v1", page, StringComparison.Ordinal);
    }
}
