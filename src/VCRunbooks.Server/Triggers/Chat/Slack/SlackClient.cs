using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace VCRunbooks.Server.Triggers.Chat.Slack;

/// <summary>The Slack Web API calls the triggers make (chat.postMessage, chat.update, usergroups.users.list) and posts to response_url.</summary>
internal sealed partial class SlackClient(IHttpClientFactory clients, IOptions<TriggerOptions> options, TimeProvider time, ILogger<SlackClient> logger)
{
    public const string HttpClientName = "slack";

    private readonly ConcurrentDictionary<string, (IReadOnlyCollection<string> Users, DateTimeOffset At)> _groups = new(StringComparer.Ordinal);

    /// <summary>Posts a message; answers its channel and ts (to update it later), or null when Slack refused.</summary>
    public async Task<(string Channel, string Ts)?> PostMessageAsync(string token, string channel, JsonObject message, CancellationToken cancellationToken)
    {
        message["channel"] = channel;
        var reply = await CallAsync(token, "chat.postMessage", message, cancellationToken);
        return reply?["ts"]?.GetValue<string>() is { } ts ? (reply["channel"]?.GetValue<string>() ?? channel, ts) : null;
    }

    public async Task UpdateMessageAsync(string token, string channel, string ts, JsonObject message, CancellationToken cancellationToken)
    {
        message["channel"] = channel;
        message["ts"] = ts;
        await CallAsync(token, "chat.update", message, cancellationToken);
    }

    /// <summary>Posts to a command's or interaction's response_url.</summary>
    public async Task RespondAsync(string responseUrl, JsonObject message, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await clients.CreateClient(HttpClientName).PostAsJsonAsync(responseUrl, message, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogFailed(logger, "response_url", (int)response.StatusCode);
            }
        }
        catch (HttpRequestException ex)
        {
            LogUnreachable(logger, "response_url", ex.Message);
        }
    }

    /// <summary>The members of a user group, cached for a minute.</summary>
    public async Task<IReadOnlyCollection<string>> GroupMembersAsync(string token, string group, CancellationToken cancellationToken)
    {
        if (_groups.TryGetValue(group, out var cached) && time.GetUtcNow() - cached.At < TimeSpan.FromMinutes(1))
        {
            return cached.Users;
        }
        var reply = await CallAsync(token, "usergroups.users.list", new JsonObject { ["usergroup"] = group }, cancellationToken);
        var users = reply?["users"] is JsonArray list ? list.Select(u => u!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) : [];
        _groups[group] = (users, time.GetUtcNow());
        return users;
    }

    private async Task<JsonObject?> CallAsync(string token, string method, JsonObject body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Value.SlackApiUrl, method)) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            var reply = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
            if (!response.IsSuccessStatusCode || reply?["ok"]?.GetValue<bool>() != true)
            {
                LogRefused(logger, method, (int)response.StatusCode, reply?["error"]?.ToString() ?? "no error given");
                return null;
            }
            return reply;
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException)
        {
            LogUnreachable(logger, method, ex.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Method} answered {Status}: {Error}")]
    private static partial void LogRefused(ILogger logger, string method, int status, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Method} answered {Status}")]
    private static partial void LogFailed(ILogger logger, string method, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Method} could not be reached: {Error}")]
    private static partial void LogUnreachable(ILogger logger, string method, string error);
}
