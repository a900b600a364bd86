using Microsoft.EntityFrameworkCore;
using VCRunbooks.Server.Persistence;

namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>Chat origins of runs and the questions posted to chat, in the database so every node sees them.</summary>
internal sealed class ChatStore(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>Posts to a response_url per command: Slack and Mattermost take at most five.</summary>
    public const int MaxPosts = 5;

    public async Task AddOriginAsync(ChatOrigin origin, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO trigger_chat_origins (run_id, workspace, channel, user_id, response_url, posts, created_at_ms) VALUES ({0}, {1}, {2}, {3}, {4}, {6}, {5}) ON CONFLICT DO NOTHING",
            [origin.RunId, origin.Workspace, origin.Channel!, origin.UserId!, origin.ResponseUrl!, time.GetUtcNow().ToUnixTimeMilliseconds(), origin.Posts], cancellationToken);
    }

    public async Task<ChatOrigin?> FindOriginAsync(string runId, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        var rows = await db.Database.SqlQueryRaw<ChatOrigin>(
            "SELECT run_id AS \"RunId\", workspace AS \"Workspace\", channel AS \"Channel\", user_id AS \"UserId\", response_url AS \"ResponseUrl\", posts AS \"Posts\" FROM trigger_chat_origins WHERE run_id = {0}",
            runId).ToListAsync(cancellationToken);
        return rows.FirstOrDefault();
    }

    /// <summary>Takes one of the run's response_url posts; false when <paramref name="limit"/> are used (across nodes).</summary>
    public async Task<bool> TryTakePostAsync(string runId, int limit, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        return await db.Database.ExecuteSqlRawAsync(
            "UPDATE trigger_chat_origins SET posts = posts + 1 WHERE run_id = {0} AND posts < {1}", [runId, limit], cancellationToken) == 1;
    }

    /// <summary>Records a question as posted; false when another node already posts it.</summary>
    public async Task<bool> TryAddQuestionAsync(string questionId, string workspace, string runId, string text, string? channel, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        return await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO trigger_chat_questions (question_id, workspace, run_id, text, channel, message_ts, answered_by, answer) VALUES ({0}, {1}, {2}, {3}, {4}, NULL, NULL, NULL) ON CONFLICT DO NOTHING",
            [questionId, workspace, runId, text, channel!], cancellationToken) == 1;
    }

    public async Task SetMessageAsync(string questionId, string? channel, string? messageTs, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        await db.Database.ExecuteSqlRawAsync("UPDATE trigger_chat_questions SET channel = {1}, message_ts = {2} WHERE question_id = {0}", [questionId, channel!, messageTs!], cancellationToken);
    }

    public async Task<ChatQuestion?> FindQuestionAsync(string questionId, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        var rows = await db.Database.SqlQueryRaw<ChatQuestion>(
            "SELECT question_id AS \"QuestionId\", workspace AS \"Workspace\", run_id AS \"RunId\", text AS \"Text\", channel AS \"Channel\", message_ts AS \"MessageTs\", answered_by AS \"AnsweredBy\", answer AS \"Answer\" FROM trigger_chat_questions WHERE question_id = {0}",
            questionId).ToListAsync(cancellationToken);
        return rows.FirstOrDefault();
    }

    /// <summary>The first click wins: true for it, false when someone answered first.</summary>
    public async Task<bool> TryAnswerAsync(string questionId, string answeredBy, string answer, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        return await db.Database.ExecuteSqlRawAsync(
            "UPDATE trigger_chat_questions SET answered_by = {1}, answer = {2} WHERE question_id = {0} AND answered_by IS NULL", [questionId, answeredBy, answer], cancellationToken) == 1;
    }

    /// <summary>Undoes a claimed answer the engine refused, so the question can still be answered.</summary>
    public async Task ReleaseAnswerAsync(string questionId, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<ServerDbContext>();
        await db.Database.ExecuteSqlRawAsync("UPDATE trigger_chat_questions SET answered_by = NULL, answer = NULL WHERE question_id = {0}", [questionId], cancellationToken);
    }
}
