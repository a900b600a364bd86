using System.ComponentModel.DataAnnotations;

namespace VCRunbooks.Server.Triggers;

/// <summary>Settings of the triggers; bound from the <c>Triggers</c> configuration section.</summary>
public sealed class TriggerOptions
{
    /// <summary>The configuration section: <c>Triggers</c>.</summary>
    public const string SectionName = "Triggers";

    /// <summary>The server's public address, for the run links chat messages carry.</summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>Slack's Web API (chat.postMessage, chat.update); a local fake in tests.</summary>
    [Required]
    public Uri SlackApiUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Mattermost's server (its REST API for posting questions).</summary>
    public Uri? MattermostUrl { get; set; }

    /// <summary>How far a signed request's timestamp may be from now (Slack, Standard Webhooks).</summary>
    public TimeSpan SignatureTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Largest webhook body accepted; bigger ones get 413.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How often schedules are looked at.</summary>
    public TimeSpan ScheduleInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Acknowledged chat commands this node starts at once. 0: the node records commands and leaves starting them to
    /// the other nodes (or to itself after a restart with workers).
    /// </summary>
    [Range(0, 64)]
    public int ChatStartWorkers { get; set; } = 4;

    /// <summary>How often a node looks for acknowledged chat commands still pending (left by a node that stopped).</summary>
    public TimeSpan ChatStartPoll { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a chat start that started its run or failed stays listed (<c>GET /api/triggers/starts</c>) after it
    /// ended; the starter then deletes it. Pending and waiting ones stay, whatever their age.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan ChatStartRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Attempts per write-back call before it is journaled as failed.</summary>
    [Range(1, 10)]
    public int WriteBackAttempts { get; set; } = 3;

    /// <summary>First delay between write-back attempts; doubles each time.</summary>
    public TimeSpan WriteBackRetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
