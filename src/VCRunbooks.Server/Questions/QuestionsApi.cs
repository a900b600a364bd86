using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Activities.BuiltIn;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Server.Auth;

namespace VCRunbooks.Server.Questions;

/// <summary>/api/questions: the questions runs are waiting on (viewer) and answering them (operator).</summary>
internal static class QuestionsApi
{
    public static IEndpointRouteBuilder MapQuestionsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/questions").WithTags("Questions");

        group.MapGet("/", async (IRunbookEngine engine, CancellationToken cancellationToken) =>
            {
                var open = new List<QuestionResponse>();
                foreach (var run in await engine.ListRunsAsync(new RunQuery { Status = RunStatus.Suspended, Take = 1000 }, cancellationToken))
                {
                    if (await engine.GetRunAsync(run.Id, cancellationToken) is { } details)
                    {
                        open.AddRange(details.Waiting.Where(w => w.Name == Ask.QuestionEvent && w.CorrelationKey is not null)
                            .Select(w => new QuestionResponse(w.CorrelationKey!, run.Id, run.DefinitionId, w.Metadata, w.DueAt)));
                    }
                }
                return open;
            })
            .WithName("ListQuestions").WithSummary("Lists the open questions of suspended runs.").RequireAuthorization(Policies.Viewer);

        group.MapPost("/{id}/answer", async Task<Results<NoContent, ValidationProblem>> (string id, AnswerRequest request, ClaimsPrincipal user, IRunbookEngine engine, CancellationToken cancellationToken) =>
            {
                if (string.IsNullOrWhiteSpace(request.Answer))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["answer"] = ["answer is required."] });
                }
                await engine.AnswerQuestionAsync(id, request.Answer, user.Identity?.Name, cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("AnswerQuestion").WithSummary("Answers a question; the run resumes with it.").RequireAuthorization(Policies.Operator);

        return endpoints;
    }
}
