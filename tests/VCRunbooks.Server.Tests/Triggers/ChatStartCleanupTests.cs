using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using VCRunbooks.Engine;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Triggers.Chat;

namespace VCRunbooks.Server.Tests.Triggers;

/// <summary>
/// The starter deletes acknowledged chat starts that started or failed longer ago than <c>Triggers:ChatStartRetention</c>;
/// pending ones stay whatever their age. Driven on a virtual clock.
/// </summary>
public sealed class ChatStartCleanupTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private FakeChatServer _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeChatServer.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    [Fact]
    public Task StartedAndFailedStarts_DeletedOnceOlderThanTheRetention_PendingOnesStay() => CleanUpAsync([]);

    [PostgresFact]
    public async Task OnPostgres_StartedAndFailedStarts_DeletedOnceOlderThanTheRetention_PendingOnesStay()
    {
        var database = "vcr_chatcleanup_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            await CleanUpAsync(["--Database:Provider=Postgres", $"--Database:ConnectionString={new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { Database = database }.ConnectionString}"]);
        }
        finally
        {
            await using var admin = new NpgsqlConnection(PostgresFactAttribute.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private async Task CleanUpAsync(string[] database)
    {
        // No workers: the test runs the starter's passes itself, so nothing races the clock.
        await using var server = await TriggerServer.StartAsync(PendingChatStartTests.Files, ["from-chat"], PendingChatStartTests.Secrets,
            [$"--Triggers:SlackApiUrl={_slack.Url("api/")}", "--Triggers:ChatStartWorkers=0", "--Triggers:ChatStartRetention=3.00:00:00", .. database],
            customize: b => b.Services.AddSingleton<TimeProvider>(_time));
        var starts = server.Server.Services.GetRequiredService<ChatStarts>();
        var anonymous = server.Server.Client(null);

        await PendingChatStartTests.SendAsync(anonymous, PendingChatStartTests.Command(_slack, "greet vcsa-01", "trig-started", "response/started"));
        Assert.Equal(ChatStartStatus.Started, Assert.Single(await starts.StartDueAsync(CancellationToken.None)).Status);
        await PendingChatStartTests.SendAsync(anonymous, PendingChatStartTests.Command(_slack, "greet vcsa-02", "trig-failed", "response/failed"));
        Assert.True(await server.Server.Services.GetRequiredService<IRunbookEngine>().RetractAsync("from-chat", "retired by the test"));
        Assert.Equal(ChatStartStatus.Failed, Assert.Single(await starts.StartDueAsync(CancellationToken.None)).Status);
        // Acknowledged and never started (no node took it): kept however long it waits.
        await PendingChatStartTests.SendAsync(anonymous, PendingChatStartTests.Command(_slack, "greet vcsa-03", "trig-pending", "response/pending"));

        _time.Advance(TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await starts.CleanUpAsync(CancellationToken.None));
        Assert.Equal(["slack:trig-failed", "slack:trig-pending", "slack:trig-started"], await ListedAsync(server));

        _time.Advance(TimeSpan.FromMinutes(2));
        // Within the hour since the last cleanup: not looked at again yet.
        Assert.Equal(0, await starts.CleanUpAsync(CancellationToken.None));
        _time.Advance(ChatStarts.CleanupInterval);
        Assert.Equal(2, await starts.CleanUpAsync(CancellationToken.None));
        Assert.Equal(["slack:trig-pending"], await ListedAsync(server));

        Assert.Equal("pending", Assert.Single((await server.Server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>("/api/triggers/starts")).EnumerateArray())
            .GetProperty("status").GetString());
    }

    private static async Task<List<string>> ListedAsync(TriggerServer server) =>
        [.. (await server.Server.Client(Roles.Viewer).GetFromJsonAsync<JsonElement>("/api/triggers/starts")).EnumerateArray()
            .Select(s => s.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
}
