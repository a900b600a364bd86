using Microsoft.AspNetCore.Http.Features;

namespace VCRunbooks.Server.Triggers.Webhooks;

/// <summary><c>/hooks/{endpoint}</c>: anonymous by API key, authenticated by each source's own signature or token.</summary>
internal static class WebhooksApi
{
    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/hooks/{endpoint}", (string endpoint, HttpContext context, WebhookReceiver receiver) =>
            {
                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                {
                    // The receiver refuses past its own limit with a clear 413; this only stops the server cutting it short first.
                    limit.MaxRequestBodySize = null;
                }
                return receiver.ReceiveAsync(endpoint, context.Request, context.RequestAborted);
            })
            .WithTags("Triggers").WithName("ReceiveWebhook")
            .WithSummary("Receives a webhook (GitHub, Jira, PagerDuty, ServiceNow, Alertmanager, Standard Webhooks) and starts the runs its triggers map it to.")
            .AllowAnonymous();
        return endpoints;
    }
}
