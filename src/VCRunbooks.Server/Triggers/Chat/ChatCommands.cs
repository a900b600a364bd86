using VCRunbooks.Server.Triggers.Chat.Aliases;
using VCRunbooks.Server.Triggers.Definitions;
using VCRunbooks.Server.Triggers.Starting;

namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>
/// A chat command on any platform: <c>help</c>, or an alias with its inputs started as a run for an operator, its
/// origin recorded so progress, questions and the outcome go back where it came from.
/// </summary>
internal sealed partial class ChatCommands(
    TriggerCatalog catalog, TriggeredRunStarter starter, ChatStore store, ChatNotifier notifier, ChatStartRequests requests, ChatStarts starts, IEnumerable<IChatPoster> posters, RunLinks links,
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
        if (posters.Any(p => p.Platform == workspace.Platform))
        {
            // Recorded, then acknowledged at once: a starter (this node's or another's, or this one after a restart)
            // starts it and posts the run link to the response URL as the first of its posts.
            var request = new ChatStartRequest
            {
                Id = $"{workspace.Id}:{invocationId}", TriggerId = match.Alias.Id, Runbook = match.Alias.Runbook, Inputs = match.Inputs.ToJsonString(), Shown = shown,
                Workspace = workspace.Id, UserId = user.Id, UserName = user.Name, Channel = channel, ResponseUrl = responseUrl,
            };
            if (await requests.TryAddAsync(request, cancellationToken))
            {
                starts.Wake();
                return new ChatCommandResult($"Starting `{match.Alias.Runbook}` for {user.Name} ({shown}); the run link follows.", null, true);
            }
            return Repeated(await requests.FindAsync(request.Id, cancellationToken) ?? request);
        }
        // Teams answers in the request itself: started there and then.
        var outcome = await starter.StartAsync(match.Alias.Id, match.Alias.Runbook, match.Inputs, $"{workspace.Id}:{invocationId}", cancellationToken);
        var (_, reply, shownPublic) = ChatStarts.Describe(outcome, match.Alias.Runbook, user.Name, shown, links);
        if (outcome.Result == StartResult.Started)
        {
            await store.AddOriginAsync(new ChatOrigin { RunId = outcome.RunId!, Workspace = workspace.Id, Channel = channel, UserId = user.Id, ResponseUrl = responseUrl }, cancellationToken);
            notifier.OriginRecorded(outcome.RunId!);
        }
        else if (outcome.Result == StartResult.Duplicate)
        {
            return new ChatCommandResult($"Already started: {outcome.Reason}", outcome.RunId, false);
        }
        return new ChatCommandResult(reply, outcome.RunId, shownPublic);
    }

    /// <summary>The same command again (a redelivery): what became of the first, and no second run.</summary>
    private ChatCommandResult Repeated(ChatStartRequest first) => first.Status switch
    {
        ChatStartStatus.Started => new ChatCommandResult($"Already started: run <{links.Run(first.RunId!)}|{first.RunId}>", first.RunId, false),
        ChatStartStatus.Failed => new ChatCommandResult($"Not started: {first.Reason}", null, false),
        ChatStartStatus.Waiting => new ChatCommandResult($"`{first.Runbook}` ({first.Shown}) waits: {first.Reason}", null, false),
        _ => new ChatCommandResult($"Already received: `{first.Runbook}` for {first.UserName} ({first.Shown}) is being started; the run link follows.", null, false),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat workspace {Workspace}: user {UserId} may not start runs")]
    private static partial void LogNotAllowed(ILogger logger, string workspace, string userId);
}
