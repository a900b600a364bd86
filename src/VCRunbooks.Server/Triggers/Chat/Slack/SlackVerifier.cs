using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using VCRunbooks.Server.Triggers.Webhooks;

namespace VCRunbooks.Server.Triggers.Chat.Slack;

/// <summary>Slack's request signing: <c>v0=</c> hex HMAC-SHA256 of <c>v0:{timestamp}:{raw body}</c>, the timestamp within five minutes of now.</summary>
internal sealed class SlackVerifier(TimeProvider time, IOptions<TriggerOptions> options)
{
    public Rejection? Check(IHeaderDictionary headers, byte[] body, string signingSecret)
    {
        var signature = headers["X-Slack-Signature"].FirstOrDefault();
        var timestamp = headers["X-Slack-Request-Timestamp"].FirstOrDefault();
        if (signature is null || timestamp is null)
        {
            return new Rejection(StatusCodes.Status401Unauthorized, "missing_signature", "the X-Slack-Signature and X-Slack-Request-Timestamp headers are required");
        }
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return new Rejection(StatusCodes.Status401Unauthorized, "bad_timestamp", "X-Slack-Request-Timestamp must be whole seconds since 1970");
        }
        var skew = (time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799))).Duration();
        if (skew > options.Value.SignatureTolerance)
        {
            return new Rejection(StatusCodes.Status401Unauthorized, "stale_timestamp",
                $"the request was signed {skew.TotalSeconds:0} s from now; at most {options.Value.SignatureTolerance.TotalSeconds:0} s are accepted");
        }
        if (!signature.StartsWith("v0=", StringComparison.Ordinal))
        {
            return new Rejection(StatusCodes.Status401Unauthorized, "bad_signature", "X-Slack-Signature must be v0=<hex>");
        }
        var signed = Encoding.UTF8.GetBytes($"v0:{timestamp}:").Concat(body).ToArray();
        return Signatures.HexMatches(Signatures.Hmac(signingSecret, signed), signature[3..])
            ? null
            : new Rejection(StatusCodes.Status401Unauthorized, "bad_signature", "the X-Slack-Signature does not match the body");
    }
}
