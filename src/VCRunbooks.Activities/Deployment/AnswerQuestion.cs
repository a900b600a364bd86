using Microsoft.Extensions.Logging;
using VCRunbooks.Activities.Common;
using VCRunbooks.Activities.Sessions;
using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.Activities.Deployment;

/// <summary>
/// Answers the question a stage 2 install or upgrade raised (<c>POST /api/vcenter/deployment/question?action=answer</c>),
/// by <see cref="Rules"/> or by asking a human: outcome Answered (also when no question was waiting). An answer the
/// question does not accept faults the step.
/// </summary>
/// <remarks>
/// Policy first: a rule "match=ANSWER" applies when match equals the question id or appears in its text. With no
/// rule it asks a human itself (<see cref="ActivityContext.Ask"/>): the appliance's text and possible answers, its
/// default taken after <see cref="QuestionTimeout"/>; the answer is posted when it comes. Posting is safe to repeat:
/// when the appliance no longer waits on a question, there is nothing to answer and the step completes.
/// AskHuman and HumanAnswer are kept for runbook versions published before the activity asked itself (ADR 0017):
/// a run of such a version waiting in its Ask step posts that answer through its second AnswerQuestion. The
/// activity no longer ends with AskHuman.
/// </remarks>
[Activity("vCenter Deployment", "Answers the question stage 2 raised, by policy rules or by asking a human, and posts it.", Traits = ActivityTraits.Suspends)]
[Outcomes("Answered", "AskHuman")]
public sealed class AnswerQuestion(IVCenterSessions sessions) : VCenterActivity(sessions)
{
    /// <summary>Policy rules, match to ANSWER, tried in the order written: match is a question id or words of its text (case-insensitive).</summary>
    [Input(Description = "Policy rules, match = ANSWER, tried in order: match is a question id or words of its text (case-insensitive).")]
    public KeyValueMap Rules { get; set; } = KeyValueMap.Empty;

    /// <summary>How long a human has to answer before vCenter's default answer is taken; null waits until answered.</summary>
    [Input(Description = "How long a human has to answer before vCenter's default answer is taken; waits until answered when empty.")]
    public TimeSpan? QuestionTimeout { get; set; }

    /// <summary>Kept for runbook versions published before the activity asked itself: the Answer output of Ask; when set, the rules are not consulted.</summary>
    [Input(Description = "Kept for runbooks published before AnswerQuestion asked itself: an answer from Ask; when set, rules are not consulted.")]
    public string? HumanAnswer { get; set; }

    /// <summary>The id of the question found; null when none was waiting.</summary>
    [Output(Description = "The question's id.")]
    public string? QuestionId { get; set; }

    /// <summary>The appliance's question text, word for word.</summary>
    [Output(Description = "The question's text.")]
    public string? QuestionText { get; set; }

    /// <summary>The answers the question accepts, as vCenter spells them.</summary>
    [Output(Description = "The answers vCenter accepts.")]
    public string[] PossibleAnswers { get; set; } = [];

    /// <summary>vCenter's default answer to the question, or null.</summary>
    [Output(Description = "vCenter's default answer.")]
    public string? DefaultAnswer { get; set; }

    /// <summary>The answer posted, spelled as vCenter accepts it; null while a human has not answered yet or when no question was waiting.</summary>
    [Output(Description = "The answer posted.")]
    public string? Answer { get; set; }

    /// <summary><c>Policy</c>, <c>Human</c>, <c>Default</c> (the question timed out), or <c>None</c> when no question was waiting.</summary>
    [Output(Description = "Policy, Human, Default (the question timed out), or None when no question was waiting.")]
    public string? Source { get; set; }

    /// <summary>Who answered, when a human did; null otherwise.</summary>
    [Output(Description = "Who answered, when a human did.")]
    public string? AnsweredBy { get; set; }

    /// <inheritdoc/>
    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, IVCenterClient client, CancellationToken cancellationToken)
    {
        if ((await client.Deployment.GetAsync(cancellationToken)).State != ApplianceState.QuestionRaised)
        {
            Source = "None";
            return ActivityResult.Complete("Answered");
        }

        var questions = (await client.Deployment.GetQuestionsAsync(cancellationToken)).Questions;
        if (questions.Count == 0)
        {
            Source = "None";
            return ActivityResult.Complete("Answered");
        }

        var question = questions[0];
        QuestionId = question.Id;
        QuestionText = question.Question.DefaultMessage;
        PossibleAnswers = [.. question.PossibleAnswers];
        DefaultAnswer = question.DefaultAnswer;
        if (!string.IsNullOrEmpty(HumanAnswer))
        {
            (Answer, Source) = (HumanAnswer, "Human");
        }
        else if (context.GetAnswer() is { } given && given.Key == question.Id)
        {
            (Answer, Source, AnsweredBy) = (given.Answer, given.TimedOut ? "Default" : "Human", given.AnsweredBy);
        }
        else if (ByPolicy(question) is { } byPolicy)
        {
            (Answer, Source) = (byPolicy, "Policy");
        }
        else
        {
            return context.Ask(new QuestionRequest($"Stage 2 of {SessionReference.Parse(Session).Target} asks: {QuestionText}")
            {
                AllowedAnswers = PossibleAnswers,
                DefaultAnswer = DefaultAnswer,
                // Without a default there is nothing to take on timeout: the question waits for a human.
                Timeout = DefaultAnswer is null ? null : QuestionTimeout,
                Key = question.Id,
            });
        }

        var accepted = question.PossibleAnswers.FirstOrDefault(a => string.Equals(a, Answer, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"'{Answer}' is not an answer to question {question.Id}; it accepts {string.Join(", ", question.PossibleAnswers)}.");
        await client.Deployment.AnswerAsync(question.Id, accepted, cancellationToken);
        Answer = accepted;
        context.Logger.LogQuestionAnswered(question.Id, accepted, Source);
        return ActivityResult.Complete("Answered");
    }

    private string? ByPolicy(DeploymentQuestion question)
    {
        foreach (var (match, answer) in Rules)
        {
            if (string.Equals(match, question.Id, StringComparison.OrdinalIgnoreCase)
                || question.Question.DefaultMessage.Contains(match, StringComparison.OrdinalIgnoreCase))
            {
                return answer;
            }
        }

        return null;
    }
}
