using VCRunbooks.Server.Persistence;

namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>
/// The acknowledged chat starts in the server's database beside the triggers' claims: on PostgreSQL, where every node
/// sees every request and several nodes share the starting.
/// </summary>
internal sealed class ChatStartRequestsInDatabase(IServiceScopeFactory scopes, TimeProvider time) : ChatStartRequests(time)
{
    protected override async Task<int> ExecuteAsync(string sql, object?[] parameters, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        return await PlainSql.ExecuteAsync(services.ServiceProvider.GetRequiredService<ServerDbContext>(), sql, cancellationToken, Named(parameters));
    }

    protected override async Task<List<ChatStartRequest>> QueryAsync(string sql, object?[] parameters, CancellationToken cancellationToken)
    {
        await using var services = scopes.CreateAsyncScope();
        return await PlainSql.ListAsync(services.ServiceProvider.GetRequiredService<ServerDbContext>(), sql, Read, cancellationToken, Named(parameters));
    }

    private static (string Name, object? Value)[] Named(object?[] parameters) => [.. parameters.Select((value, i) => (ParameterName(i), value))];
}
