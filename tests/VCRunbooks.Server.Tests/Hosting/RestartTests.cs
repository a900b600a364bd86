using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;
using VCRunbooks.Testing.Runbooks;

namespace VCRunbooks.Server.Tests.Hosting;

/// <summary>
/// A server stopped and started again on the same data folder: what the runbooks folder held is published once, an
/// edited file is published again, and a runbook with C# published before runs correctly after, from the compile cache.
/// </summary>
public sealed class RestartTests : IDisposable
{
    private readonly TempDirectory _data = new();

    private string RunbooksFolder => Path.Combine(_data.Path, "runbooks");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Restart_UnchangedFiles_PublishNoNewVersion_EditedFilePublishesTheNext()
    {
        Directory.CreateDirectory(RunbooksFolder);
        await File.WriteAllTextAsync(Path.Combine(RunbooksFolder, "sums.json"), SampleRunbooks.Sums);
        await (await TestServer.StartAsync(data: _data)).DisposeAsync();
        await File.WriteAllTextAsync(Path.Combine(RunbooksFolder, "sums.json"), SampleRunbooks.Sums.Replace("\"Sums\"", "\"Sums, renamed\"", StringComparison.Ordinal));

        await using var server = await TestServer.StartAsync(data: _data);
        var versions = await VersionsAsync(server);

        Assert.Equal([1, 2], versions["sums"]);
        Assert.Equal("Sums, renamed", (await server.Services.GetRequiredService<IRunbookEngine>().GetDefinitionAsync("sums"))!.Name);
        Assert.Equal([1], versions["hello"]);
    }

    [Fact]
    public async Task Restart_AfterAnotherVersionWasPublishedThroughTheApi_TheUnchangedFileIsPublishedAgain()
    {
        await using (var first = await TestServer.StartAsync(data: _data))
        {
            var engine = first.Services.GetRequiredService<IRunbookEngine>();
            var hello = (await engine.GetDefinitionAsync("hello"))!;
            await engine.PublishAsync(hello with { Version = 0, Name = "Hello from the API" });
        }

        await using var server = await TestServer.StartAsync(data: _data);
        var versions = await VersionsAsync(server);

        Assert.Equal([1, 2, 3], versions["hello"]);
        Assert.Equal("Hello", (await server.Services.GetRequiredService<IRunbookEngine>().GetDefinitionAsync("hello"))!.Name);
    }

    [Fact]
    public async Task Restart_RunbookWithExpressionsPublishedBefore_RunsCorrectlyFromTheCompileCacheWithoutCompiling()
    {
        Directory.CreateDirectory(RunbooksFolder);
        await File.WriteAllTextAsync(Path.Combine(RunbooksFolder, "sums.json"), SampleRunbooks.Sums);
        await (await TestServer.StartAsync(data: _data)).DisposeAsync();
        var compiled = Path.Combine(_data.Path, "compiled");
        var before = Snapshot(compiled);
        Assert.NotEmpty(before);

        await using var server = await TestServer.StartAsync(data: _data);
        using var started = await server.Client(Roles.Operator).PostAsJsonAsync("/api/runs", new { runbook = "sums", inputs = new { seed = 4 } });
        started.EnsureSuccessStatusCode();
        var runId = (await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        Assert.Equal("Completed", await RunDriver.WaitForEndAsync(server, runId));
        var run = await server.Client(Roles.Viewer).GetFromJsonAsync<JsonObject>($"/api/runs/{runId}");
        Assert.Equal(50, run!["variables"]!["b"]!.GetValue<int>());
        // Nothing was compiled again: no assembly was written or rewritten.
        Assert.Equal(before, Snapshot(compiled));
    }

    private static async Task<Dictionary<string, int[]>> VersionsAsync(TestServer server) =>
        (await server.Services.GetRequiredService<IRunbookEngine>().ListDefinitionsAsync())
            .GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Select(d => d.Version).Order().ToArray());

    private static List<string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetFileName(f)} {File.GetLastWriteTimeUtc(f).Ticks}").ToList();
}
