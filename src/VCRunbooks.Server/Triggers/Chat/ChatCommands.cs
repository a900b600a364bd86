using VCRunbooks.Server.Triggers.Chat.Aliases;
using VCRunbooks.Server.Triggers.Definitions;

namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>
/// A chat command on any platform: <c>help</c>, or an alias with its inputs started as a run for an operator, its
/// origin recorded so progress, questions and the outcome go back where it came from.
/// </summary>
internal sealed partial class ChatCommands(
    TriggerCatalog catalog, ChatStartRequests requests, ChatStarts starts, IEnumerable<IChatPoster> posters, RunLinks links, TriggerMetrics metrics, ILogger<ChatCommands> logger)
{
    /// <summary>How long a Teams command waits for its run to start before answering "starting" (Teams gives up after 5 s).</summary>
    public static readonly TimeSpan TeamsStartBudget = TimeSpan.FromSeconds(3);

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
        // Recorded before any answer: a starter (this node's or another's, or this one after a restart) starts it.
        var request = new ChatStartRequest
        {
            Id = $"{workspace.Id}:{invocationId}", TriggerId = match.Alias.Id, Runbook = match.Alias.Runbook, Inputs = match.Inputs.ToJsonString(), Shown = shown,
            Workspace = workspace.Id, UserId = user.Id, UserName = user.Name, Channel = channel, ResponseUrl = responseUrl,
        };
        if (!await requests.TryAddAsync(request, cancellationToken))
        {
            return Repeated(await requests.FindAsync(request.Id, cancellationToken) ?? request);
        }
        if (posters.Any(p => p.Platform == workspace.Platform))
        {
            // Acknowledged at once; the starter posts the run link to the response URL as the first of its posts.
            starts.Wake();
            return new ChatCommandResult($"Starting `{match.Alias.Runbook}` for {user.Name} ({shown}); the run link follows.", null, true);
        }
        // Teams wants its answer in the reply and takes no posts later: started here when that fits the reply's time.
        var ended = await starts.StartWithinAsync(request, TeamsStartBudget, cancellationToken);
        return ended?.Status switch
        {
            ChatStartStatus.Started => new ChatCommandResult($"Started `{ended.Runbook}` for {user.Name} ({shown}): run <{links.Run(ended.RunId!)}|{ended.RunId}>", ended.RunId, true),
            ChatStartStatus.Waiting => new ChatCommandResult($"`{ended.Runbook}` ({shown}) waits: {ended.Reason}", null, true),
            ChatStartStatus.Failed => new ChatCommandResult($"Not started: {ended.Reason}", null, false),
            // Not started yet (slow, or left to another node): it is recorded, so it starts; the list shows its run.
            _ => new ChatCommandResult(
                $"Starting `{match.Alias.Runbook}` for {user.Name} ({shown}); its run will be listed at {links.Base("/api/triggers/starts")}.", null, true),
        };
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
