using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using VCRunbooks.Server.Triggers.Definitions;
using VCRunbooks.Server.Triggers.Storage;

namespace VCRunbooks.Server.Triggers.Webhooks;

/// <summary>
/// Checks a webhook request the way its source signs it, over the raw body, before anything parses it; answers the
/// delivery id the source gives (the key a redelivery repeats), or why the request is refused.
/// </summary>
internal sealed class WebhookAuthenticator(TriggerSecrets secrets, TimeProvider time, IOptions<TriggerOptions> options)
{
    public sealed record Result(string? DeliveryId, Rejection? Rejection);

    public async Task<Result> CheckAsync(WebhookTrigger trigger, IHeaderDictionary headers, byte[] body, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        foreach (var name in new[] { trigger.Auth.Secret, trigger.Auth.PreviousSecret }.OfType<string>())
        {
            if (await secrets.RevealAsync(name, cancellationToken) is { } value)
            {
                keys.Add(value);
            }
        }
        if (trigger.Auth.Secret is { } secretName && keys.Count == 0)
        {
            return Refuse(StatusCodes.Status500InternalServerError, "secret_missing", $"the trigger's signing secret '{secretName}' is not in the secret store");
        }
        return trigger.Source switch
        {
            WebhookSource.GitHub => HubSignature(headers, body, keys, "X-Hub-Signature-256", Header(headers, "X-GitHub-Delivery")),
            WebhookSource.Jira => HubSignature(headers, body, keys, "X-Hub-Signature", Header(headers, "X-Atlassian-Webhook-Identifier")),
            WebhookSource.PagerDuty => PagerDuty(headers, body, keys),
            WebhookSource.Standard => Standard(headers, body, keys),
            _ => await TokenAsync(trigger, headers, body, keys, cancellationToken),
        };
    }

    private static Result HubSignature(IHeaderDictionary headers, byte[] body, List<string> keys, string header, string? deliveryId)
    {
        if (Header(headers, header) is not { } value)
        {
            return Refuse(StatusCodes.Status401Unauthorized, "missing_signature", $"the {header} header is missing");
        }
        if (!value.StartsWith("sha256=", StringComparison.Ordinal))
        {
            return Refuse(StatusCodes.Status401Unauthorized, "bad_signature", $"the {header} header must be sha256=<hex>");
        }
        return keys.Any(k => Signatures.HexMatches(Signatures.Hmac(k, body), value[7..]))
            ? new Result(deliveryId, null)
            : Refuse(StatusCodes.Status401Unauthorized, "bad_signature", $"the {header} signature does not match the body");
    }

    private static Result PagerDuty(IHeaderDictionary headers, byte[] body, List<string> keys)
    {
        if (Header(headers, "X-PagerDuty-Signature") is not { } value)
        {
            return Refuse(StatusCodes.Status401Unauthorized, "missing_signature", "the X-PagerDuty-Signature header is missing");
        }
        // One v1= entry per secret PagerDuty signs with, several while a secret is rotated: any match will do.
        var signatures = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(s => s.StartsWith("v1=", StringComparison.Ordinal)).Select(s => s[3..]).ToList();
        var matched = keys.Any(k => signatures.Any(s => Signatures.HexMatches(Signatures.Hmac(k, body), s)));
        return matched
            ? new Result(Header(headers, "X-Webhook-Id"), null)
            : Refuse(StatusCodes.Status401Unauthorized, "bad_signature", signatures.Count == 0
                ? "the X-PagerDuty-Signature header holds no v1= signature"
                : "no X-PagerDuty-Signature signature matches the body");
    }

    private Result Standard(IHeaderDictionary headers, byte[] body, List<string> keys)
    {
        var id = Header(headers, "webhook-id");
        var timestamp = Header(headers, "webhook-timestamp");
        var signature = Header(headers, "webhook-signature");
        if (id is null || timestamp is null || signature is null)
        {
            var missing = string.Join(", ", new[] { ("webhook-id", id), ("webhook-timestamp", timestamp), ("webhook-signature", signature) }.Where(h => h.Item2 is null).Select(h => h.Item1));
            return Refuse(StatusCodes.Status401Unauthorized, "missing_signature", $"the {missing} header(s) are missing");
        }
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return Refuse(StatusCodes.Status401Unauthorized, "bad_timestamp", "webhook-timestamp must be whole seconds since 1970");
        }
        if (Stale(seconds) is { } stale)
        {
            return stale;
        }
        var signed = Encoding.UTF8.GetBytes($"{id}.{timestamp}.").Concat(body).ToArray();
        var offered = signature.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(s => s.StartsWith("v1,", StringComparison.Ordinal)).Select(s => s[3..]).ToList();
        foreach (var key in keys)
        {
            byte[] secret;
            try
            {
                secret = Convert.FromBase64String(key.StartsWith("whsec_", StringComparison.Ordinal) ? key[6..] : key);
            }
            catch (FormatException)
            {
                return Refuse(StatusCodes.Status500InternalServerError, "secret_invalid", "the trigger's Standard Webhooks secret is not whsec_<base64>");
            }
            var expected = Signatures.Hmac(secret, signed);
            if (offered.Any(o => Signatures.Base64Matches(expected, o)))
            {
                return new Result(id, null);
            }
        }
        return Refuse(StatusCodes.Status401Unauthorized, "bad_signature", "no webhook-signature v1 signature matches the body");
    }

    private async Task<Result> TokenAsync(WebhookTrigger trigger, IHeaderDictionary headers, byte[] body, List<string> keys, CancellationToken cancellationToken)
    {
        var auth = trigger.Auth;
        var authorization = Header(headers, "Authorization");
        if (auth.HmacHeader is { } hmacHeader && Header(headers, hmacHeader) is { } hmac)
        {
            return keys.Any(k => Signatures.Base64Matches(Signatures.Hmac(k, body), hmac) || Signatures.HexMatches(Signatures.Hmac(k, body), hmac))
                ? new Result(null, null)
                : Refuse(StatusCodes.Status401Unauthorized, "bad_signature", $"the {hmacHeader} HMAC does not match the body");
        }
        if (auth.BearerToken is { } bearerName && authorization?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true)
        {
            var token = await secrets.RevealAsync(bearerName, cancellationToken);
            if (token is null)
            {
                return Refuse(StatusCodes.Status500InternalServerError, "secret_missing", $"the trigger's bearer token secret '{bearerName}' is not in the secret store");
            }
            return Signatures.TextMatches(token, authorization[7..].Trim()) ? new Result(null, null)
                : Refuse(StatusCodes.Status401Unauthorized, "bad_credentials", "the bearer token is not the trigger's");
        }
        if (auth.BasicUser is { } user && authorization?.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) == true)
        {
            var password = await secrets.RevealAsync(auth.BasicPassword!, cancellationToken);
            if (password is null)
            {
                return Refuse(StatusCodes.Status500InternalServerError, "secret_missing", $"the trigger's basic password secret '{auth.BasicPassword}' is not in the secret store");
            }
            string given;
            try
            {
                given = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[6..].Trim()));
            }
            catch (FormatException)
            {
                return Refuse(StatusCodes.Status401Unauthorized, "bad_credentials", "the basic credentials are not base64");
            }
            return Signatures.TextMatches($"{user}:{password}", given) ? new Result(null, null)
                : Refuse(StatusCodes.Status401Unauthorized, "bad_credentials", "the basic user or password is not the trigger's");
        }
        var expected = string.Join(" or ", new[]
        {
            auth.HmacHeader is { } h ? $"an {h} HMAC header" : null,
            auth.BearerToken is not null ? "Authorization: Bearer" : null,
            auth.BasicUser is not null ? "Authorization: Basic" : null,
        }.OfType<string>());
        return Refuse(StatusCodes.Status401Unauthorized, "missing_credentials", $"the request carries no credentials; {trigger.Source} requests need {expected}");
    }

    private Result? Stale(long seconds)
    {
        var sent = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799));
        var skew = (time.GetUtcNow() - sent).Duration();
        return skew > options.Value.SignatureTolerance
            ? Refuse(StatusCodes.Status401Unauthorized, "stale_timestamp", $"the request was signed at {sent:u}, {skew.TotalSeconds:0} s from now; at most {options.Value.SignatureTolerance.TotalSeconds:0} s are accepted")
            : null;
    }

    private static string? Header(IHeaderDictionary headers, string name) => headers.TryGetValue(name, out var value) && value.Count > 0 ? value[0] : null;

    private static Result Refuse(int status, string code, string detail) => new(null, new Rejection(status, code, detail));
}
