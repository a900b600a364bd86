using Microsoft.AspNetCore.Http.HttpResults;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Activities.BuiltIn;
using VCRunbooks.Server.Auth;

namespace VCRunbooks.Server.Events;

/// <summary>POST /api/events/{name}: raises a named event for the runs waiting on it (operator).</summary>
internal static class EventsApi
{
    /// <summary>Longest event name or correlation key: a ticket number or a run id, not a document.</summary>
    public const int MaxKeyLength = 200;

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/events/{name}", async Task<Results<Ok<EventDelivery>, Accepted<EventDelivery>, ValidationProblem>> (string name, RaiseEventRequest request, IRunbookEngine engine, CancellationToken cancellationToken) =>
            {
                if (name == Ask.QuestionEvent)
                {
                    // Answers are checked against the question's allowed answers; a raw event would skip that.
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["Answer questions with POST /api/questions/{id}/answer."] });
                }

                if (string.IsNullOrWhiteSpace(request.CorrelationKey))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["correlationKey"] = ["correlationKey is required: it names the wait the event is for."] });
                }

                if (request.CorrelationKey.Length > MaxKeyLength || request.CorrelationKey.Any(char.IsControl))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["correlationKey"] = [$"correlationKey must be at most {MaxKeyLength} characters without control characters; it has {request.CorrelationKey.Length}."] });
                }

                if (name.Length > MaxKeyLength || name.Any(char.IsControl))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = [$"the event name must be at most {MaxKeyLength} characters without control characters."] });
                }

                var delivery = await engine.RaiseEventAsync(name, request.CorrelationKey, request.Payload, cancellationToken);
                // 202 when no run waited yet: the event is kept (until pendingUntil) for the first wait on it.
                return delivery.IsPending ? TypedResults.Accepted((string?)null, delivery) : TypedResults.Ok(delivery);
            })
            .WithTags("Events").WithName("RaiseEvent")
            .WithSummary("Raises an event: 200 with the number of waits it resumed, or 202 with pendingUntil when no run waits on it yet.")
            .RequireAuthorization(Policies.Operator);

        return endpoints;
    }
}
