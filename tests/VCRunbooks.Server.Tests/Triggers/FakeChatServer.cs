using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace VCRunbooks.Server.Tests.Triggers;

/// <summary>
/// A local stand-in for Slack's Web API, response URLs and ticket APIs on 127.0.0.1 (an ephemeral port): answers what
/// the real one would and records every request, so tests see exactly what the server sent and nothing leaves the machine.
/// </summary>
public sealed class FakeChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Recorded> _requests = new();
    private readonly ConcurrentBag<(Func<Recorded, bool> Match, TaskCompletionSource<Recorded> Found)> _waiters = [];
    private int _ts;

    public sealed record Recorded(string Method, string Path, string Body, IReadOnlyDictionary<string, string> Headers)
    {
        public JsonNode? Json => Body.Length > 0 ? JsonNode.Parse(Body) : null;
    }

    /// <summary>Status codes to answer on paths starting with a prefix, in order, before answering normally (for retries).</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<int>> Failures { get; } = new(StringComparer.Ordinal);

    /// <summary>Members of Slack user groups (usergroups.users.list) and Mattermost groups (GET /api/v4/groups/{id}/members).</summary>
    public ConcurrentDictionary<string, string[]> Groups { get; } = new(StringComparer.Ordinal);

    private FakeChatServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyCollection<Recorded> Requests => _requests;

    public static async Task<FakeChatServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeChatServer(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        fake.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return fake;
    }

    public Uri Url(string path) => new(BaseAddress, path);

    /// <summary>The first request, already made or still to come, that <paramref name="match"/> accepts.</summary>
    public Task<Recorded> WaitForAsync(Func<Recorded, bool> match)
    {
        var found = new TaskCompletionSource<Recorded>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Add((match, found));
        if (_requests.FirstOrDefault(match) is { } already)
        {
            found.TrySetResult(already);
        }
        return found.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var recorded = new Recorded(context.Request.Method, context.Request.Path.Value ?? "/", body,
            context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.Ordinal));
        _requests.Enqueue(recorded);
        foreach (var (match, found) in _waiters)
        {
            if (match(recorded))
            {
                found.TrySetResult(recorded);
            }
        }
        foreach (var (prefix, statuses) in Failures)
        {
            if (recorded.Path.StartsWith(prefix, StringComparison.Ordinal) && statuses.TryDequeue(out var status))
            {
                context.Response.StatusCode = status;
                return;
            }
        }
        var json = recorded.Json as JsonObject;
        JsonObject reply = recorded.Path switch
        {
            "/api/chat.postMessage" => new JsonObject { ["ok"] = true, ["channel"] = json?["channel"]?.DeepClone(), ["ts"] = $"1700000000.{Interlocked.Increment(ref _ts):D6}" },
            "/api/chat.update" => new JsonObject { ["ok"] = true, ["channel"] = json?["channel"]?.DeepClone(), ["ts"] = json?["ts"]?.DeepClone() },
            "/api/usergroups.users.list" => new JsonObject
            {
                ["ok"] = true,
                ["users"] = new JsonArray(Groups.GetValueOrDefault(json?["usergroup"]?.GetValue<string>() ?? string.Empty, []).Select(u => (JsonNode?)u).ToArray()),
            },
            _ when recorded.Method == "GET" && recorded.Path.StartsWith("/api/v4/groups/", StringComparison.Ordinal) && recorded.Path.EndsWith("/members", StringComparison.Ordinal) => new JsonObject
            {
                ["members"] = new JsonArray(Groups.GetValueOrDefault(recorded.Path.Split('/')[4], []).Select(u => (JsonNode?)new JsonObject { ["id"] = u }).ToArray()),
                ["total_member_count"] = Groups.GetValueOrDefault(recorded.Path.Split('/')[4], []).Length,
            },
            "/api/v4/posts" => new JsonObject { ["id"] = $"post{Interlocked.Increment(ref _ts)}", ["channel_id"] = json?["channel_id"]?.DeepClone() },
            _ when recorded.Path.StartsWith("/api/", StringComparison.Ordinal) => new JsonObject { ["ok"] = false, ["error"] = "unknown_method" },
            _ => new JsonObject { ["ok"] = true },
        };
        context.Response.StatusCode = recorded.Path.StartsWith("/rest/api", StringComparison.Ordinal) || recorded.Path == "/api/v4/posts" ? StatusCodes.Status201Created : StatusCodes.Status200OK;
        await context.Response.WriteAsJsonAsync(reply);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
