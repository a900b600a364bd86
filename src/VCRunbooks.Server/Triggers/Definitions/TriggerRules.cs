using Cronos;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Server.Triggers.Chat.Aliases;
using VCRunbooks.Server.Triggers.Mapping;

namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>What a trigger file must satisfy beyond its JSON shape, each error naming the field.</summary>
internal static class TriggerRules
{
    public static List<TriggerError> Check(ITriggerDefinition definition)
    {
        var errors = new List<TriggerError>();
        if (RunbookLimits.CheckId(definition.Id) is { } idError)
        {
            errors.Add(new("$.id", idError));
        }
        switch (definition)
        {
            case WebhookTrigger webhook:
                CheckWebhook(webhook, errors);
                break;
            case ChatAlias alias:
                CheckRunbook(alias.Runbook, errors);
                if (alias.Formats.Count == 0)
                {
                    errors.Add(new("$.formats", "at least one format is required, such as 'patch {target} [backup {backupLocation}]'"));
                }
                for (var i = 0; i < alias.Formats.Count; i++)
                {
                    if (AliasFormat.Compile(alias.Formats[i]).Error is { } error)
                    {
                        errors.Add(new($"$.formats[{i}]", error));
                    }
                }
                break;
            case ChatWorkspace chat:
                if (string.IsNullOrWhiteSpace(chat.SigningSecret))
                {
                    errors.Add(new("$.signingSecret", "names the secret holding the workspace's signing secret or token; it is required"));
                }
                break;
            case ScheduleTrigger schedule:
                CheckRunbook(schedule.Runbook, errors);
                CheckCron(schedule.Cron, "$.cron", errors);
                CheckZone(schedule.TimeZone, errors);
                if (schedule.MisfireThreshold <= TimeSpan.Zero)
                {
                    errors.Add(new("$.misfireThreshold", "must be longer than zero"));
                }
                if (schedule.ForEachTargetTagged is { } tag && string.IsNullOrWhiteSpace(tag))
                {
                    errors.Add(new("$.forEachTargetTagged", "names the tag of the targets to start one run each for; leave it out for one run per tick"));
                }
                if (string.IsNullOrWhiteSpace(schedule.TargetInput))
                {
                    errors.Add(new("$.targetInput", "names the input the target's name goes in"));
                }
                else if (schedule.ForEachTargetTagged is not null && schedule.Inputs.ContainsKey(schedule.TargetInput))
                {
                    errors.Add(new($"$.inputs.{schedule.TargetInput}", "is set by the fan-out to each target's name; leave it out of the inputs"));
                }
                break;
            case CalendarTrigger calendar:
                CheckZone(calendar.TimeZone, errors);
                CheckPeriods(calendar.Windows, "$.windows", errors);
                CheckPeriods(calendar.Blackouts, "$.blackouts", errors);
                if (calendar.Runbooks.Count == 0)
                {
                    errors.Add(new("$.runbooks", "name the runbooks the calendar governs (those that change targets), or \"*\" for all"));
                }
                break;
        }
        return errors;
    }

    private static void CheckWebhook(WebhookTrigger webhook, List<TriggerError> errors)
    {
        CheckRunbook(webhook.Runbook, errors);
        if (webhook.Endpoint is { } endpoint && RunbookLimits.CheckId(endpoint) is { } endpointError)
        {
            errors.Add(new("$.endpoint", endpointError.Replace("the id", "the endpoint", StringComparison.Ordinal)));
        }
        var auth = webhook.Auth;
        var hmac = webhook.Source is WebhookSource.GitHub or WebhookSource.Jira or WebhookSource.PagerDuty or WebhookSource.Standard;
        if (hmac && auth.Secret is null)
        {
            errors.Add(new("$.auth.secret", $"{webhook.Source} requests are signed: name the secret holding the signing secret"));
        }
        if (webhook.Source is WebhookSource.ServiceNow or WebhookSource.Alertmanager)
        {
            var ways = (auth.BearerToken is not null ? 1 : 0) + (auth.BasicUser is not null || auth.BasicPassword is not null ? 1 : 0) + (auth.HmacHeader is not null ? 1 : 0);
            if (ways == 0)
            {
                errors.Add(new("$.auth", webhook.Source == WebhookSource.ServiceNow
                    ? "ServiceNow requests need bearerToken, basicUser with basicPassword, or hmacHeader with secret"
                    : "Alertmanager requests need bearerToken or basicUser with basicPassword (its http_config)"));
            }
            if ((auth.BasicUser is null) != (auth.BasicPassword is null))
            {
                errors.Add(new("$.auth", "basicUser and basicPassword go together"));
            }
            if (auth.HmacHeader is not null && auth.Secret is null)
            {
                errors.Add(new("$.auth.secret", "hmacHeader needs the secret the HMAC is keyed with"));
            }
            if (auth.HmacHeader is not null && webhook.Source != WebhookSource.ServiceNow)
            {
                errors.Add(new("$.auth.hmacHeader", "only ServiceNow requests carry an HMAC header of your choosing"));
            }
        }
        errors.AddRange(CompiledMapping.Compile(webhook).Errors);
        if (webhook.WriteBack is { } writeBack)
        {
            if (!Uri.TryCreate(writeBack.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
            {
                errors.Add(new("$.writeBack.baseUrl", "must be an absolute http(s) URL, such as https://example.atlassian.net"));
            }
            if (string.IsNullOrWhiteSpace(writeBack.Credential))
            {
                errors.Add(new("$.writeBack.credential", "names the secret holding the API token; it is required"));
            }
            var ticketError = string.IsNullOrWhiteSpace(writeBack.Ticket)
                ? "a path or template giving the ticket, such as $.issue.key"
                : ValueTemplate.Parse(System.Text.Json.Nodes.JsonValue.Create(writeBack.Ticket)).Error;
            if (ticketError is not null)
            {
                errors.Add(new("$.writeBack.ticket", ticketError));
            }
        }
    }

    private static void CheckRunbook(string runbook, List<TriggerError> errors)
    {
        if (RunbookLimits.CheckId(runbook) is { } error)
        {
            errors.Add(new("$.runbook", error.Replace("the id", "the runbook id", StringComparison.Ordinal)));
        }
    }

    private static void CheckCron(string? cron, string field, List<TriggerError> errors)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            errors.Add(new(field, "a cron expression is required, such as '0 2 * * SUN' (Sundays 02:00)"));
            return;
        }
        try
        {
            Parse(cron);
        }
        catch (CronFormatException ex)
        {
            errors.Add(new(field, $"'{cron}' is not a cron expression: {ex.Message}"));
        }
    }

    /// <summary>Five fields, or six with seconds first.</summary>
    public static CronExpression Parse(string cron) =>
        CronExpression.Parse(cron, cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);

    private static void CheckZone(string zone, List<TriggerError> errors)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            errors.Add(new("$.timeZone", $"'{zone}' is not a known time zone; use an IANA id such as Europe/Berlin"));
        }
    }

    private static void CheckPeriods(IReadOnlyList<CalendarPeriod> periods, string field, List<TriggerError> errors)
    {
        for (var i = 0; i < periods.Count; i++)
        {
            var p = periods[i];
            var at = $"{field}[{i}]";
            if (p.Cron is not null)
            {
                CheckCron(p.Cron, at + ".cron", errors);
                if (p.Duration is not { } d || d <= TimeSpan.Zero)
                {
                    errors.Add(new(at + ".duration", "a recurring period needs a duration, such as \"04:00:00\""));
                }
            }
            else if (p.Start is not { } start || p.End is not { } end)
            {
                errors.Add(new(at, "give start and end, or cron and duration"));
            }
            else if (end <= start)
            {
                errors.Add(new(at + ".end", "must be after start"));
            }
        }
    }
}
