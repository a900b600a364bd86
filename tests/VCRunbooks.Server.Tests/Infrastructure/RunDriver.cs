using System.Net.Http.Json;
using System.Text.Json;
using VCRunbooks.Server.Auth;

namespace VCRunbooks.Server.Tests.Infrastructure;

/// <summary>Starts runs through the API and follows them through their Server-Sent Events, no polling.</summary>
public static class RunDriver
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task<string> StartAsync(TestServer server, string runbook, string? key = null)
    {
        using var response = await server.Client(Roles.Admin).PostAsJsonAsync("/api/runs", new { runbook, idempotencyKey = key });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Follows the run until it waits on a question: seen live, or already in the opening state snapshot.</summary>
    public static Task<List<(string Event, string Data)>> WaitForQuestionAsync(TestServer server, string runId) =>
        FollowAsync(server, runId, e => e.Event == "QuestionRaised"
            || (e.Event == "state" && e.Data.Contains("\"name\":\"question\"", StringComparison.Ordinal)));

    /// <summary>Follows the run until it ended: seen live, or already in the opening state snapshot when it ended first. Returns the final status.</summary>
    public static async Task<string> WaitForEndAsync(TestServer server, string runId)
    {
        string[] ended = ["RunCompleted", "RunFaulted", "RunCancelled"];
        var events = await FollowAsync(server, runId, e => ended.Contains(e.Event)
            || (e.Event == "state" && ended.Any(name => e.Data.Contains($"\"status\":\"{name[3..]}\"", StringComparison.Ordinal))));
        var last = events.LastOrDefault();
        return ended.Contains(last.Event) ? last.Event[3..] : LastStatus(events);
    }

    /// <summary>Reads the run's event stream until <paramref name="until"/> matches an event (or the stream ends); returns the events.</summary>
    public static async Task<List<(string Event, string Data)>> FollowAsync(TestServer server, string runId, Func<(string Event, string Data), bool>? until = null)
    {
        using var cancel = new CancellationTokenSource(Patience);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/runs/{runId}/events");
        using var response = await server.Client(Roles.Viewer).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        var events = new List<(string, string)>();
        string? name = null;
        while (await reader.ReadLineAsync(cancel.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null)
            {
                events.Add((name, line[6..]));
                if (until?.Invoke(events[^1]) == true)
                {
                    break;
                }
            }
        }
        return events;
    }

    /// <summary>The status in the last state snapshot of a followed run.</summary>
    public static string LastStatus(List<(string Event, string Data)> events) =>
        JsonDocument.Parse(events.Last(e => e.Event == "state").Data).RootElement.GetProperty("status").ToString();
}
