namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>What a trigger file defines; its <c>kind</c> field.</summary>
internal enum TriggerKind
{
    /// <summary>A ticket or alert webhook mapped to a runbook.</summary>
    Webhook,

    /// <summary>A chat command alias: format strings mapped to a runbook and its inputs.</summary>
    Alias,

    /// <summary>A chat workspace: its signing secret, who may do what, where questions go.</summary>
    Chat,

    /// <summary>A cron schedule that starts a runbook.</summary>
    Schedule,

    /// <summary>Maintenance windows and blackout periods (change freezes).</summary>
    Calendar,
}
