namespace VCRunbooks.Server.Tests.Infrastructure;

/// <summary>One server shared by the tests of a class, for tests that do not disturb each other.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private TestServer? _server;

    public TestServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _server = await TestServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
