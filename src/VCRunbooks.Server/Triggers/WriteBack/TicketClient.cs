using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using VCRunbooks.Server.Triggers.Definitions;
using VCRunbooks.Server.Triggers.Storage;

namespace VCRunbooks.Server.Triggers.WriteBack;

/// <summary>
/// Writes a line to a ticket: a Jira comment (REST v2), a ServiceNow work note (Table API PATCH), a PagerDuty note;
/// retried on 5xx, 429 and network errors with exponential backoff; answers the attempts made and the last error.
/// </summary>
internal sealed class TicketClient(IHttpClientFactory clients, TriggerSecrets secrets, IOptions<TriggerOptions> options, TimeProvider time)
{
    public const string HttpClientName = "writeback";

    public sealed record Result(bool Succeeded, int Attempts, string? Error);

    public async Task<Result> WriteAsync(WriteBackTarget target, string ticket, string text, CancellationToken cancellationToken)
    {
        var credential = await secrets.RevealAsync(target.Credential, cancellationToken);
        if (credential is null)
        {
            return new Result(false, 0, $"the write-back credential secret '{target.Credential}' is not in the secret store");
        }
        var attempts = 0;
        string? lastError = null;
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>
        {
            TimeProvider = time,
        }.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = Math.Max(0, options.Value.WriteBackAttempts - 1),
            Delay = options.Value.WriteBackRetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = new PredicateBuilder<HttpResponseMessage>().Handle<HttpRequestException>()
                .HandleResult(r => (int)r.StatusCode >= 500 || (int)r.StatusCode == 429),
        }).Build();
        try
        {
            using var response = await pipeline.ExecuteAsync(async token =>
            {
                attempts++;
                using var request = Request(target, ticket, text, credential);
                try
                {
                    var answer = await clients.CreateClient(HttpClientName).SendAsync(request, token);
                    lastError = answer.IsSuccessStatusCode ? null : $"{target.System} answered {(int)answer.StatusCode} {answer.ReasonPhrase}";
                    return answer;
                }
                catch (HttpRequestException ex)
                {
                    lastError = $"{target.System} could not be reached: {ex.Message}";
                    throw;
                }
            }, cancellationToken);
            return new Result(response.IsSuccessStatusCode, attempts, lastError);
        }
        catch (HttpRequestException)
        {
            return new Result(false, attempts, lastError);
        }
    }

    private static HttpRequestMessage Request(WriteBackTarget target, string ticket, string text, string credential)
    {
        var baseUrl = new Uri(target.BaseUrl.EndsWith('/') ? target.BaseUrl : target.BaseUrl + "/");
        var escaped = Uri.EscapeDataString(ticket);
        HttpRequestMessage request = target.System switch
        {
            WriteBackSystem.Jira => new(HttpMethod.Post, new Uri(baseUrl, $"rest/api/2/issue/{escaped}/comment")) { Content = JsonContent.Create(new JsonObject { ["body"] = text }) },
            WriteBackSystem.ServiceNow => new(HttpMethod.Patch, new Uri(baseUrl, $"api/now/table/{Uri.EscapeDataString(target.Table ?? "incident")}/{escaped}"))
            {
                Content = JsonContent.Create(new JsonObject { ["work_notes"] = text }),
            },
            _ => new(HttpMethod.Post, new Uri(baseUrl, $"incidents/{escaped}/notes")) { Content = JsonContent.Create(new JsonObject { ["note"] = new JsonObject { ["content"] = text } }) },
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (target.System == WriteBackSystem.PagerDuty)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"Token token={credential}");
            if (target.From is { } from)
            {
                request.Headers.TryAddWithoutValidation("From", from);
            }
        }
        else
        {
            request.Headers.Authorization = target.User is { } user
                ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{credential}")))
                : new AuthenticationHeaderValue("Bearer", credential);
        }
        return request;
    }
}
