using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Auth;

public sealed class FirstRunAdminKeyTests
{
    [Fact]
    public async Task Start_NoAdminConfigured_GeneratesOwnerOnlyKeyThatIsAdmin()
    {
        using var data = new TempDirectory();
        await using var server = await StartWithoutConfiguredKeysAsync(data);
        var key = server.Services.GetRequiredService<FirstRunAdminKey>();
        var client = server.Client(null);
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.HeaderName, key.Key);

        using var response = await client.GetAsync(new Uri("/api/secrets", UriKind.Relative));

        Assert.True(key.Created);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(key.Key, (await File.ReadAllTextAsync(key.FilePath)).Trim());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key.FilePath));
        }
    }

    [Fact]
    public async Task Restart_SameDataFolder_KeepsTheKeyAndDoesNotShowItAgain()
    {
        using var data = new TempDirectory();
        string first;
        await using (var server = await StartWithoutConfiguredKeysAsync(data))
        {
            first = server.Services.GetRequiredService<FirstRunAdminKey>().Key;
        }

        await using var again = await StartWithoutConfiguredKeysAsync(data);
        var second = again.Services.GetRequiredService<FirstRunAdminKey>();

        Assert.Equal(first, second.Key);
        Assert.False(second.Created);
    }

    [Fact]
    public async Task Start_AdminKeyConfigured_GeneratesNoKey()
    {
        await using var server = await TestServer.StartAsync();

        Assert.Null(server.Services.GetService<FirstRunAdminKey>());
        Assert.False(File.Exists(Path.Combine(server.DataPath, FirstRunAdminKey.FileName)));
    }

    private static Task<TestServer> StartWithoutConfiguredKeysAsync(TempDirectory data) =>
        TestServer.StartAsync(data: data, configureAuth: false);
}
