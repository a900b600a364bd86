namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>The chat tools commands and answers come from.</summary>
internal enum ChatPlatform
{
    Slack,
    Mattermost,
    Teams,
}
