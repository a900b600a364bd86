using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Events;

public sealed class EventsApiTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private TestServer Server => fixture.Server;

    private async Task<string> StartWaitAsync(string key)
    {
        using var response = await Server.Client(Roles.Operator).PostAsJsonAsync("/api/runs", new { runbook = "wait", inputs = new { key } });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task RaiseEvent_RunAlreadyWaiting_Answers200WithOneDeliveryAndTheRunCompletes()
    {
        var key = $"deploy-{Guid.NewGuid():N}";
        var runId = await StartWaitAsync(key);
        await RunDriver.FollowAsync(Server, runId, e => e.Event == "RunSuspended" || (e.Event == "state" && e.Data.Contains("\"name\":\"deployed\"", StringComparison.Ordinal)));

        using var raised = await Server.Client(Roles.Operator).PostAsJsonAsync("/api/events/deployed", new { correlationKey = key, payload = new { build = 42 } });
        var body = JsonDocument.Parse(await raised.Content.ReadAsStringAsync()).RootElement;
        var events = await RunDriver.FollowAsync(Server, runId);

        Assert.Equal(HttpStatusCode.OK, raised.StatusCode);
        Assert.Equal(1, body.GetProperty("delivered").GetInt32());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("pendingUntil").ValueKind);
        Assert.Equal("Completed", RunDriver.LastStatus(events));
    }

    [Fact]
    public async Task RaiseEvent_BeforeTheRunWaits_Answers202WithPendingUntilAndTheLaterWaitTakesIt()
    {
        var key = $"deploy-{Guid.NewGuid():N}";

        using var raised = await Server.Client(Roles.Operator).PostAsJsonAsync("/api/events/deployed", new { correlationKey = key });
        var body = JsonDocument.Parse(await raised.Content.ReadAsStringAsync()).RootElement;
        var runId = await StartWaitAsync(key);
        var events = await RunDriver.FollowAsync(Server, runId);

        Assert.Equal(HttpStatusCode.Accepted, raised.StatusCode);
        Assert.Equal(0, body.GetProperty("delivered").GetInt32());
        Assert.True(body.GetProperty("pendingUntil").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(30));
        Assert.Equal("Completed", RunDriver.LastStatus(events));
    }

    [Fact]
    public async Task RaiseEvent_WithoutCorrelationKey_Answers400NamingIt()
    {
        using var raised = await Server.Client(Roles.Operator).PostAsJsonAsync("/api/events/deployed", new { payload = new { build = 1 } });
        var problem = await raised.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, raised.StatusCode);
        Assert.Contains("correlationKey", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RaiseEvent_QuestionEventName_Answers400PointingToTheAnswerEndpoint()
    {
        using var raised = await Server.Client(Roles.Operator).PostAsJsonAsync("/api/events/question", new { correlationKey = "some-question", payload = new { answer = "yes" } });
        var problem = await raised.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, raised.StatusCode);
        Assert.Contains("/api/questions/{id}/answer", problem, StringComparison.Ordinal);
    }
}
