using System.Net.Http.Json;
using System.Text.Json;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Triggers;

/// <summary>
/// The real server with trigger files in its runbooks/triggers folder, copies of the Hello runbook under other ids
/// (so each test counts only its own runs), and secrets put through the API as an admin would.
/// </summary>
public sealed class TriggerServer : IAsyncDisposable
{
    private readonly TempDirectory _data;

    private TriggerServer(TestServer server, TempDirectory data)
    {
        Server = server;
        _data = data;
    }

    public TestServer Server { get; }

    public static async Task<TriggerServer> StartAsync(IReadOnlyDictionary<string, string> triggerFiles, IEnumerable<string> runbookIds,
        IReadOnlyDictionary<string, string>? secrets = null, IEnumerable<string>? extraArgs = null, bool kestrel = false,
        Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder>? customize = null, string? keysFrom = null,
        IEnumerable<string>? shippedRunbooks = null, Action<IServiceProvider>? beforeStart = null)
    {
        var data = new TempDirectory();
        if (keysFrom is not null)
        {
            // Nodes sharing one database share its Data Protection keys, or one cannot read the other's secrets.
            var keys = Path.Combine(data.Path, "keys");
            Directory.CreateDirectory(keys);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(keysFrom, "keys")))
            {
                File.Copy(file, Path.Combine(keys, Path.GetFileName(file)));
            }
        }
        var runbooks = Path.Combine(data.Path, "runbooks");
        Directory.CreateDirectory(Path.Combine(runbooks, "triggers"));
        foreach (var (name, text) in triggerFiles)
        {
            await File.WriteAllTextAsync(Path.Combine(runbooks, "triggers", name), text);
        }
        foreach (var id in runbookIds)
        {
            await File.WriteAllTextAsync(Path.Combine(runbooks, id + ".json"), Runbook(id));
        }
        foreach (var id in shippedRunbooks ?? [])
        {
            File.Copy(ShippedFile(id + ".json"), Path.Combine(runbooks, id + ".json"));
        }
        var server = await TestServer.StartAsync(extraArgs, kestrel, data, customize: customize, beforeStart: beforeStart);
        foreach (var (name, value) in secrets ?? new Dictionary<string, string>())
        {
            using var response = await server.Client(Roles.Admin).PutAsJsonAsync($"/api/secrets/{name}", new { value });
            response.EnsureSuccessStatusCode();
        }
        return new TriggerServer(server, data);
    }

    /// <summary>A file of the repository's runbooks/ folder (a shipped runbook, or triggers/x.json).</summary>
    public static string ShippedFile(string relative) =>
        Path.Combine(VCRunbooks.Server.Hosting.ServerPaths.FindRepositoryRoot(AppContext.BaseDirectory)!, "runbooks", relative);

    /// <summary>Inputs the test triggers map: all optional strings.</summary>
    public static readonly string[] Inputs = ["target", "tag", "note", "issue", "incident", "change", "receiver", "kind", "backupLocation", "mode"];

    /// <summary>A Log runbook taking the optional string inputs test triggers map.</summary>
    public static string Runbook(string id) => $$"""
        { "id": "{{id}}", "name": "{{id}}",
          "inputs": [ {{string.Join(", ", Inputs.Select(i => $"{{ \"name\": \"{i}\", \"type\": \"string\" }}"))}} ],
          "activities": [ { "id": "start", "type": "Start" }, { "id": "log", "type": "Log", "inputs": { "Message": "triggered" } }, { "id": "end", "type": "End" } ],
          "connections": [ { "from": "start", "to": "log" }, { "from": "log", "to": "end" } ] }
        """;

    /// <summary>The ids of the runs of one runbook.</summary>
    public async Task<List<string>> RunsOfAsync(string runbook)
    {
        var runs = await Server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>($"/api/runs?runbook={runbook}&take=1000");
        return runs.EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _data.Dispose();
    }
}
