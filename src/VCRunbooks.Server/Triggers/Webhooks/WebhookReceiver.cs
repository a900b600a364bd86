using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Server.Triggers.Definitions;
using VCRunbooks.Server.Triggers.Mapping;
using VCRunbooks.Server.Triggers.Starting;

namespace VCRunbooks.Server.Triggers.Webhooks;

/// <summary>
/// <c>POST /hooks/{endpoint}</c>: checks the request as its source signs it, then maps the payload through every
/// trigger on the endpoint: conditions, one run per batch item, inputs, and a key from the delivery id so a
/// redelivery starts nothing. Every refusal is logged (without secrets) and counted by trigger and reason.
/// </summary>
internal sealed partial class WebhookReceiver(
    TriggerCatalog catalog, WebhookAuthenticator authenticator, TriggeredRunStarter starter, WriteBack.WriteBackStore writeBacks, WriteBack.WriteBackNotifier writeBackNotifier, TriggerMetrics metrics,
    IOptions<TriggerOptions> options, ILogger<WebhookReceiver> logger)
{
    public async Task<IResult> ReceiveAsync(string endpoint, HttpRequest request, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.GetAsync(cancellationToken);
        if (!snapshot.WebhooksByEndpoint.TryGetValue(endpoint, out var triggers))
        {
            return Reject(endpoint, new Rejection(StatusCodes.Status404NotFound, "unknown_endpoint", $"no enabled webhook trigger listens at /hooks/{endpoint}"));
        }
        var first = triggers[0].Trigger;
        var body = await RawBody.ReadAsync(request, options.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return Reject(endpoint, new Rejection(StatusCodes.Status413PayloadTooLarge, "too_large", $"the body is over {options.Value.MaxBodyBytes} bytes, the most a webhook may send"));
        }

        // Triggers on one endpoint share its source and auth (the first's): one check, before anything parses the body.
        var auth = await authenticator.CheckAsync(first, request.Headers, body, cancellationToken);
        if (auth.Rejection is { } refused)
        {
            return Reject(endpoint, refused);
        }
        var (payload, parseError) = Parse(request, body);
        if (payload is null)
        {
            return Reject(endpoint, new Rejection(StatusCodes.Status400BadRequest, "malformed", parseError!));
        }
        var deliveryId = auth.DeliveryId ?? DefaultDeliveryId(first.Source, payload, body);
        var headers = request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.Ordinal);

        var reply = new WebhookReply { Status = "accepted" };
        var reasons = new List<WebhookReply.SkipReply>();
        foreach (var (trigger, mapping) in triggers)
        {
            await MapAsync(trigger, mapping, payload, headers, deliveryId, request, reply, reasons, cancellationToken);
        }
        metrics.Accepted(endpoint);
        var refusedStart = reply.Skipped.Count > 0;
        reply.Skipped.AddRange(reasons);
        if (reply.Started.Count + reply.Duplicates.Count + reply.Deferred.Count == 0)
        {
            LogNoMatch(logger, endpoint, deliveryId);
            return Results.Json(reply with { Status = refusedStart ? "not started" : "no trigger matched" }, statusCode: StatusCodes.Status202Accepted);
        }
        if (reply.Started.Count == 0 && reply.Deferred.Count == 0 && first.Source != WebhookSource.Alertmanager)
        {
            // A redelivery (same delivery id): nothing starts. Alertmanager repeats a firing group every repeat_interval by
            // design, so its repeats are answered 200, not as a replay.
            metrics.Rejected(endpoint, "replayed");
            LogReplayed(logger, endpoint, deliveryId);
            return Results.Json(reply with { Status = "replayed delivery: nothing started" }, statusCode: StatusCodes.Status409Conflict);
        }
        return Results.Json(reply, statusCode: reply.Started.Count > 0 || reply.Deferred.Count > 0 ? StatusCodes.Status202Accepted : StatusCodes.Status200OK);
    }

    private async Task MapAsync(WebhookTrigger trigger, CompiledMapping mapping, JsonNode payload, Dictionary<string, string> headers, string deliveryId,
        HttpRequest request, WebhookReply reply, List<WebhookReply.SkipReply> reasons, CancellationToken cancellationToken)
    {
        var (items, itemsError) = mapping.Items(payload, headers);
        if (items is null)
        {
            reasons.Add(new(trigger.Id, null, itemsError!));
            return;
        }
        var batch = trigger.Batch is not null;
        for (var i = 0; i < items.Count; i++)
        {
            var scope = new PayloadScope(items[i], payload, headers);
            int? index = batch ? i : null;
            if (trigger.Source == WebhookSource.Alertmanager && batch && PayloadPath.AsText(items[i]?["status"]) is { } status && status != "firing")
            {
                reasons.Add(new(trigger.Id, index, $"the alert is {status}: only firing alerts start runs"));
                continue;
            }
            if (mapping.Mismatch(scope) is { } mismatch)
            {
                reasons.Add(new(trigger.Id, index, mismatch));
                continue;
            }
            var missing = new List<string>();
            var inputs = mapping.Inputs(scope, missing);
            var key = mapping.Key(scope) ?? (batch ? $"{deliveryId}:{i}" : deliveryId);
            if (missing.Count > 0)
            {
                reply.Skipped.Add(new(trigger.Id, index, "inputs not found in the payload: " + string.Join(", ", missing)));
                continue;
            }
            var outcome = await starter.StartAsync(trigger.Id, trigger.Runbook, inputs, key, cancellationToken);
            var url = outcome.RunId is { } started ? RunUrl(request, started) : null;
            switch (outcome.Result)
            {
                case StartResult.Started:
                    if (trigger.WriteBack is { } writeBack && PayloadPath.AsText(ValueTemplate.Parse(System.Text.Json.Nodes.JsonValue.Create(writeBack.Ticket)).Template!.Render(scope, out _)) is { Length: > 0 } ticket)
                    {
                        await writeBacks.AddTargetAsync(outcome.RunId!, trigger.Id, ticket, cancellationToken);
                        var runId = outcome.RunId!;
                        _ = Task.Run(() => writeBackNotifier.TargetRecordedAsync(runId, CancellationToken.None), CancellationToken.None);
                    }
                    reply.Started.Add(new(trigger.Id, key, outcome.RunId, url));
                    break;
                case StartResult.Duplicate:
                    reply.Duplicates.Add(new(trigger.Id, key, outcome.RunId, url, outcome.Reason));
                    break;
                case StartResult.Deferred:
                    reply.Deferred.Add(new(trigger.Id, key, null, null, outcome.Reason, outcome.StartsAt));
                    break;
                default:
                    metrics.Rejected(trigger.Id, outcome.Reason?.StartsWith("blackout", StringComparison.Ordinal) == true ? "blackout" : "not_started");
                    reply.Skipped.Add(new(trigger.Id, index, outcome.Reason!));
                    break;
            }
        }
    }

    /// <summary>The payload as JSON (GitHub may send it form-encoded as <c>payload=</c>), or what is wrong with it.</summary>
    private static (JsonNode? Payload, string? Error) Parse(HttpRequest request, byte[] body)
    {
        var text = body;
        if (request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            var form = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
            if (!form.TryGetValue("payload", out var value))
            {
                return (null, "a form-encoded body must carry the JSON in its payload field");
            }
            text = Encoding.UTF8.GetBytes(value.ToString());
        }
        if (text.Length == 0)
        {
            return (null, "the body is empty; a JSON object was expected");
        }
        try
        {
            return JsonNode.Parse(text) is JsonObject payload ? (payload, null) : (null, "the body is JSON but not an object");
        }
        catch (JsonException ex)
        {
            var (path, reason) = JsonErrorText.Describe(ex);
            return (null, $"the body is not valid JSON at {path}: {reason}");
        }
    }

    /// <summary>For sources without a delivery header: the event id they carry, else a hash of the body (the same body twice is a redelivery).</summary>
    private static string DefaultDeliveryId(WebhookSource source, JsonNode payload, byte[] body) =>
        (source == WebhookSource.PagerDuty ? PayloadPath.AsText(payload["event"]?["id"]) : null)
        ?? (source == WebhookSource.Alertmanager ? PayloadPath.AsText(payload["groupKey"]) is { } group ? "group:" + group + ":" + Hash(body) : null : null)
        ?? "sha256:" + Hash(body);

    private static string Hash(byte[] body) => Convert.ToHexStringLower(SHA256.HashData(body))[..32];

    private string RunUrl(HttpRequest request, string runId) =>
        new Uri(options.Value.PublicUrl ?? new Uri($"{request.Scheme}://{request.Host}/"), $"/api/runs/{runId}").ToString();

    private IResult Reject(string endpoint, Rejection rejection)
    {
        metrics.Rejected(endpoint, rejection.Code);
        LogRejected(logger, endpoint, rejection.Status, rejection.Code, rejection.Detail);
        return Results.Problem(rejection.Detail, statusCode: rejection.Status, title: "Webhook refused", extensions: new Dictionary<string, object?> { ["reason"] = rejection.Code });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {Endpoint} refused with {Status} {Reason}: {Detail}")]
    private static partial void LogRejected(ILogger logger, string endpoint, int status, string reason, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {Endpoint} delivery {DeliveryId} was received before: nothing started")]
    private static partial void LogReplayed(ILogger logger, string endpoint, string deliveryId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook {Endpoint} delivery {DeliveryId} matched no trigger")]
    private static partial void LogNoMatch(ILogger logger, string endpoint, string deliveryId);
}
