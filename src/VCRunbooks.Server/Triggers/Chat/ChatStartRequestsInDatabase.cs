using VCRunbooks.Server.Persistence;

namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>
/// The acknowledged chat starts in the server's database beside the triggers' claims: on PostgreSQL, where every node
/// sees every request and several nodes share the starting.
/// </summary>
internal sealed class ChatStartRequestsInDatabase(ServerDatabase database, TimeProvider time) : ChatStartRequests(time)
{
    // Plain connections (ServerDatabase): every node polls these from its start, and the context would build EF's model before ready.
    protected override Task<int> ExecuteAsync(string sql, object?[] parameters, CancellationToken cancellationToken) =>
        PlainSql.ExecuteAsync(database, sql, cancellationToken, Named(parameters));

    protected override Task<List<ChatStartRequest>> QueryAsync(string sql, object?[] parameters, CancellationToken cancellationToken) =>
        PlainSql.ListAsync(database, sql, Read, cancellationToken, Named(parameters));

    private static (string Name, object? Value)[] Named(object?[] parameters) => [.. parameters.Select((value, i) => (ParameterName(i), value))];
}
