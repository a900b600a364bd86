namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>
/// One chat workspace: the secret its requests are signed with, the bot token replies are posted with, the channel
/// questions go to, and which chat users and groups hold the operator role (start runs, answer questions).
/// </summary>
internal sealed record ChatWorkspace : ITriggerDefinition
{
    public string Id { get; init; } = string.Empty;

    public TriggerKind Kind => TriggerKind.Chat;

    public string? Description { get; init; }

    public bool Enabled { get; init; } = true;

    public ChatPlatform Platform { get; init; }

    /// <summary>Slack: the signing secret; Mattermost: the slash command token; Teams: the outgoing webhook's security token.</summary>
    public string SigningSecret { get; init; } = string.Empty;

    /// <summary>Slack: the bot token (xoxb-) questions are posted with; Mattermost: a bot access token.</summary>
    public string? BotToken { get; init; }

    /// <summary>Where questions of runs not started from chat go; runs started from chat ask in their own channel.</summary>
    public string? QuestionsChannel { get; init; }

    /// <summary>Whether questions of runs not started from chat are posted at all (to <see cref="QuestionsChannel"/>).</summary>
    public bool PostAllQuestions { get; init; }

    public ChatRoleMap Operators { get; init; } = new();

    /// <summary>Users and groups who may list aliases and see runs but not start or answer; everyone else gets nothing.</summary>
    public ChatRoleMap Viewers { get; init; } = new();
}
