using VCRunbooks.Server.Triggers.Chat.Aliases;
using VCRunbooks.Server.Triggers.Definitions;
using VCRunbooks.Server.Triggers.Starting;

namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>
/// A chat command on any platform: <c>help</c>, or an alias with its inputs started as a run for an operator, its
/// origin recorded so progress, questions and the outcome go back where it came from.
/// </summary>
internal sealed partial class ChatCommands(
    TriggerCatalog catalog, TriggeredRunStarter starter, ChatStore store, ChatNotifier notifier, ChatStarts starts, IEnumerable<IChatPoster> posters, RunLinks links,
    TriggerMetrics metrics, ILogger<ChatCommands> logger)
{
    public async Task<ChatCommandResult> HandleAsync(ChatWorkspace workspace, ChatUser user, string text, string? channel, string? responseUrl, string invocationId, CancellationToken cancellationToken)
    {
        var aliases = (await catalog.GetAsync(cancellationToken)).Aliases;
        text = text.Trim();
        if (text.Length == 0 || string.Equals(text, "help", StringComparison.OrdinalIgnoreCase))
        {
            return new ChatCommandResult(AliasMatcher.Help(aliases, user.Role), null, false);
        }
        if (user.Role != ChatRole.Operator)
        {
            metrics.Rejected(workspace.Id, "not_allowed");
            LogNotAllowed(logger, workspace.Id, user.Id);
            return new ChatCommandResult($"Not allowed: {user.Name} is not mapped to the operator role, so may start no runs.", null, false);
        }
        if (AliasMatcher.Match(aliases, text) is not { } match)
        {
            return new ChatCommandResult(AliasMatcher.Explain(aliases, text), null, false);
        }
        var shown = string.Join(" ", match.Inputs.Select(i => $"{i.Key}={Mapping.PayloadPath.AsText(i.Value)}"));
        responseUrl = string.IsNullOrEmpty(responseUrl) ? null : responseUrl;
        if (responseUrl is not null && posters.FirstOrDefault(p => p.Platform == workspace.Platform) is { } poster)
        {
            // Acknowledged at once; the run link follows on the response URL as the first of its posts.
            starts.Enqueue(async token =>
            {
                // The run link is posted before the origin is recorded, so it comes before any progress or the outcome.
                var started = await StartAsync(workspace, user, match, shown, channel, responseUrl, invocationId, recordOrigin: false, token);
                await poster.RespondAsync(workspace, responseUrl, started.Text, token);
                if (started.RunId is { } runId)
                {
                    await RecordOriginAsync(workspace, user, channel, responseUrl, runId, postsMade: 1, token);
                }
            });
            return new ChatCommandResult($"Starting `{match.Alias.Runbook}` for {user.Name} ({shown}); the run link follows.", null, true);
        }
        return await StartAsync(workspace, user, match, shown, channel, null, invocationId, recordOrigin: true, cancellationToken);
    }

    private async Task RecordOriginAsync(ChatWorkspace workspace, ChatUser user, string? channel, string? responseUrl, string runId, int postsMade, CancellationToken cancellationToken)
    {
        await store.AddOriginAsync(new ChatOrigin { RunId = runId, Workspace = workspace.Id, Channel = channel, UserId = user.Id, ResponseUrl = responseUrl, Posts = postsMade }, cancellationToken);
        notifier.OriginRecorded(runId);
    }

    private async Task<ChatCommandResult> StartAsync(ChatWorkspace workspace, ChatUser user, AliasMatch match, string shown, string? channel, string? responseUrl, string invocationId,
        bool recordOrigin, CancellationToken cancellationToken)
    {
        var outcome = await starter.StartAsync(match.Alias.Id, match.Alias.Runbook, match.Inputs, $"{workspace.Id}:{invocationId}", cancellationToken);
        switch (outcome.Result)
        {
            case StartResult.Started:
                if (recordOrigin)
                {
                    await RecordOriginAsync(workspace, user, channel, responseUrl, outcome.RunId!, postsMade: 0, cancellationToken);
                }
                return new ChatCommandResult($"Started `{match.Alias.Runbook}` for {user.Name} ({shown}): run <{links.Run(outcome.RunId!)}|{outcome.RunId}>", outcome.RunId, true);
            case StartResult.Duplicate:
                return new ChatCommandResult($"Already started: {outcome.Reason}", outcome.RunId, false);
            case StartResult.Deferred:
                return new ChatCommandResult($"`{match.Alias.Runbook}` ({shown}) waits: {outcome.Reason}", null, true);
            default:
                return new ChatCommandResult($"Not started: {outcome.Reason}", null, false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat workspace {Workspace}: user {UserId} may not start runs")]
    private static partial void LogNotAllowed(ILogger logger, string workspace, string userId);
}
