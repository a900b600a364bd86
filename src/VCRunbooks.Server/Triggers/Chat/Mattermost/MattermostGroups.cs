using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using VCRunbooks.Server.Triggers.Definitions;
using VCRunbooks.Server.Triggers.Storage;

namespace VCRunbooks.Server.Triggers.Chat.Mattermost;

/// <summary>
/// Who a Mattermost user is to the triggers: the workspace's operators and viewers by user id, or by a Mattermost group
/// they belong to (a custom or LDAP-synced group, by group id). Mattermost's payloads carry no groups, so the members
/// of each mapped group are read with the bot token (<c>GET /api/v4/groups/{id}/members</c>), cached for a minute.
/// </summary>
internal sealed partial class MattermostGroups(IHttpClientFactory clients, TriggerSecrets secrets, IOptions<TriggerOptions> options, TimeProvider time, ILogger<MattermostGroups> logger)
{
    private const int PageSize = 200;
    private readonly ConcurrentDictionary<string, (HashSet<string> Users, DateTimeOffset At)> _groups = new(StringComparer.Ordinal);

    public async Task<ChatUser> UserAsync(ChatWorkspace workspace, string id, string name, CancellationToken cancellationToken)
    {
        var groups = new List<string>();
        var mapped = workspace.Operators.Groups.Concat(workspace.Viewers.Groups).Distinct(StringComparer.Ordinal).ToList();
        if (mapped.Count > 0 && options.Value.MattermostUrl is { } server && workspace.BotToken is not null
            && await secrets.RevealAsync(workspace.BotToken, cancellationToken) is { } token)
        {
            foreach (var group in mapped)
            {
                if ((await MembersAsync(server, token, group, cancellationToken)).Contains(id))
                {
                    groups.Add(group);
                }
            }
        }
        return new ChatUser(id, name.Length > 0 ? name : id, ChatAccess.RoleOf(workspace, id, groups));
    }

    private async Task<HashSet<string>> MembersAsync(Uri server, string token, string group, CancellationToken cancellationToken)
    {
        if (_groups.TryGetValue(group, out var cached) && time.GetUtcNow() - cached.At < TimeSpan.FromMinutes(1))
        {
            return cached.Users;
        }
        var users = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            for (var page = 0; ; page++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server, $"api/v4/groups/{Uri.EscapeDataString(group)}/members?page={page}&per_page={PageSize}"));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await clients.CreateClient(Slack.SlackClient.HttpClientName).SendAsync(request, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    // Unknown group or no permission: nobody is a member by it (never more access than mapped).
                    LogFailed(logger, group, (int)response.StatusCode);
                    break;
                }
                var members = (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))?["members"] as JsonArray ?? [];
                foreach (var member in members)
                {
                    if (member?["id"]?.GetValue<string>() is { } userId)
                    {
                        users.Add(userId);
                    }
                }
                if (members.Count < PageSize)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException)
        {
            LogUnreachable(logger, group, ex.Message);
        }
        _groups[group] = (users, time.GetUtcNow());
        return users;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mattermost group {Group} could not be read ({Status}); its members count as unmapped")]
    private static partial void LogFailed(ILogger logger, string group, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mattermost could not be reached for group {Group}: {Error}")]
    private static partial void LogUnreachable(ILogger logger, string group, string error);
}
