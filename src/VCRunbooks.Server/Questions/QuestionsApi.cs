using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Server.Targets;
using VCRunbooks.Server.Auth;

namespace VCRunbooks.Server.Questions;

/// <summary>/api/questions: the questions runs are waiting on (viewer) and answering them (operator).</summary>
internal static class QuestionsApi
{
    public static IEndpointRouteBuilder MapQuestionsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/questions").WithTags("Questions");

        group.MapGet("/", async Task<Results<Ok<List<QuestionResponse>>, ValidationProblem>> (string? runbook, string? target, int? skip, int? take, IRunbookEngine engine, CancellationToken cancellationToken) =>
            {
                var errors = new Dictionary<string, string[]>();
                if (runbook is not null && RunbookLimits.CheckId(runbook) is { } idError)
                {
                    errors["runbook"] = [$"runbook: {idError}."];
                }
                if (target is not null && !TargetRules.Name().IsMatch(target))
                {
                    errors["target"] = [$"target {TargetRules.NameRule}."];
                }
                if (skip is < 0)
                {
                    errors["skip"] = ["skip must be 0 or more."];
                }
                if (take is < 1 or > 1000)
                {
                    errors["take"] = ["take must be 1 to 1000."];
                }
                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "The question query is not valid.");
                }
                var page = await engine.ListQuestionsAsync(new QuestionQuery { DefinitionId = runbook, Target = target, Skip = skip ?? 0, Take = take ?? 100 }, cancellationToken);
                return TypedResults.Ok(page.Select(QuestionResponse.Of).ToList());
            })
            .WithName("ListQuestions").WithSummary("Lists open questions, oldest first, by runbook and target, a page at a time (skip, take up to 1000).").RequireAuthorization(Policies.Viewer);

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
