using Serilog.Events;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Live;

public sealed class LiveDisconnectTests
{
    [Fact]
    public async Task AllRunsStream_ClientCloses_RequestEndsWithoutAnError()
    {
        await using var server = await TestServer.StartAsync(kestrel: true);
        // The request's completion line (it carries the status); other lines written inside the request share its path.
        var requestLogged = server.Logs.WaitForAsync(e =>
            e.Properties.ContainsKey("StatusCode") &&
            e.Properties.TryGetValue("RequestPath", out var path) && path.ToString().Contains("/api/events", StringComparison.Ordinal));

        // Real sockets: closing the response closes the connection, as a browser tab going away does.
        using var client = new HttpClient { BaseAddress = new Uri(server.App.Urls.First()) };
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, TestKeys.For(Roles.Viewer));
        using (var response = await client.GetAsync(new Uri("/api/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead))
        using (var reader = new StreamReader(await response.Content.ReadAsStreamAsync()))
        {
            while (await reader.ReadLineAsync() is { } line && line != "event: connected")
            {
            }
        }
        var logged = await requestLogged.WaitAsync(TimeSpan.FromSeconds(60));

        // A subscriber going away is the normal end of a stream, not a server fault.
        Assert.True(logged.Level < LogEventLevel.Error, $"logged at {logged.Level}: {logged.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        Assert.NotEqual("500", logged.Properties["StatusCode"].ToString());
    }
}
