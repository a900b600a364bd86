using VCRunbooks.Server.Persistence;

namespace VCRunbooks.Server.Triggers.Storage;

/// <summary>
/// The triggers' tables, created when missing. Plain SQL both providers read (SQLite and PostgreSQL): the server's
/// EF model creates its tables only on a fresh database, and these are added to databases that already exist.
/// </summary>
internal static class TriggerSchema
{
    /// <summary>
    /// A start a chat command acknowledged: written before the answer, so it survives the process; one node takes it.
    /// On PostgreSQL in the server's database; on SQLite in a file of its own (<see cref="Chat.ChatStartRequestsFile"/>),
    /// where the server's database keeps only an empty table of that name.
    /// </summary>
    public const string StartRequestsTable = """
    CREATE TABLE IF NOT EXISTS trigger_start_requests (
        id TEXT NOT NULL PRIMARY KEY,
        trigger_id TEXT NOT NULL,
        runbook TEXT NOT NULL,
        inputs TEXT NOT NULL,
        shown TEXT NOT NULL,
        workspace TEXT NOT NULL,
        user_id TEXT NOT NULL,
        user_name TEXT NOT NULL,
        channel TEXT NULL,
        response_url TEXT NULL,
        status TEXT NOT NULL,
        run_id TEXT NULL,
        reason TEXT NULL,
        attempts INTEGER NOT NULL,
        taken_by TEXT NULL,
        taken_until_ms BIGINT NULL,
        created_at_ms BIGINT NOT NULL,
        updated_at_ms BIGINT NOT NULL)
    """;

    public const string StartRequestsIndex = "CREATE INDEX IF NOT EXISTS ix_trigger_start_requests_status ON trigger_start_requests (status, created_at_ms)";

    private static readonly string[] Statements =
    [
        """
        CREATE TABLE IF NOT EXISTS trigger_definitions (
            id TEXT NOT NULL PRIMARY KEY,
            kind TEXT NOT NULL,
            body TEXT NOT NULL,
            origin TEXT NOT NULL,
            updated_at_ms BIGINT NOT NULL)
        """,
        // One row per thing that must happen once across nodes: a webhook delivery, a schedule tick, a question post.
        """
        CREATE TABLE IF NOT EXISTS trigger_claims (
            scope TEXT NOT NULL,
            claim_key TEXT NOT NULL,
            claimed_at_ms BIGINT NOT NULL,
            run_id TEXT NULL,
            detail TEXT NULL,
            PRIMARY KEY (scope, claim_key))
        """,
        """
        CREATE TABLE IF NOT EXISTS trigger_chat_origins (
            run_id TEXT NOT NULL PRIMARY KEY,
            workspace TEXT NOT NULL,
            channel TEXT NULL,
            user_id TEXT NULL,
            response_url TEXT NULL,
            posts INTEGER NOT NULL,
            created_at_ms BIGINT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS trigger_chat_questions (
            question_id TEXT NOT NULL PRIMARY KEY,
            workspace TEXT NOT NULL,
            run_id TEXT NOT NULL,
            text TEXT NULL,
            channel TEXT NULL,
            message_ts TEXT NULL,
            answered_by TEXT NULL,
            answer TEXT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS trigger_pending_starts (
            id TEXT NOT NULL PRIMARY KEY,
            runbook TEXT NOT NULL,
            inputs TEXT NOT NULL,
            idempotency_key TEXT NOT NULL,
            due_at_ms BIGINT NOT NULL,
            reason TEXT NOT NULL,
            run_id TEXT NULL)
        """,
        StartRequestsTable,
        StartRequestsIndex,
        """
        CREATE TABLE IF NOT EXISTS trigger_writebacks (
            id TEXT NOT NULL PRIMARY KEY,
            run_id TEXT NOT NULL,
            system TEXT NOT NULL,
            ticket TEXT NOT NULL,
            event TEXT NOT NULL,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            error TEXT NULL,
            at_ms BIGINT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS trigger_writeback_targets (
            run_id TEXT NOT NULL PRIMARY KEY,
            trigger_id TEXT NOT NULL,
            ticket TEXT NOT NULL)
        """,
    ];

    public static async Task EnsureAsync(ServerDatabase database, CancellationToken cancellationToken)
    {
        foreach (var statement in Statements)
        {
            await PlainSql.ExecuteAsync(database, statement, cancellationToken);
        }
    }
}
