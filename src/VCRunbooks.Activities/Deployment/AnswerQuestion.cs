using Microsoft.Extensions.Logging;
using VCRunbooks.Activities.Common;
using VCRunbooks.Activities.Sessions;
using VCRunbooks.Engine.Activities;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.Activities.Deployment;

/// <summary>
/// Answers the question a stage 2 install or upgrade raised (<c>POST /api/vcenter/deployment/question?action=answer</c>),
/// by <see cref="Rules"/> or with <see cref="HumanAnswer"/>: outcome Answered (also when no question was waiting), or
/// AskHuman when no rule matched. An answer the question does not accept faults the step.
/// </summary>
/// <remarks>
/// Policy first: a rule "match=ANSWER" applies when match equals the question id or appears in its text. With no
/// rule it completes with AskHuman and outputs the question, its possible answers and default, which the runbook
/// hands to the engine's Ask; the human's answer comes back in HumanAnswer. Posting is safe to repeat: when the
/// appliance no longer waits on a question, there is nothing to answer and the step completes.
/// </remarks>
[Activity("vCenter Deployment", "Answers the question stage 2 raised, by policy rules or with a human's answer (through Ask), and posts it.")]
[Outcomes("Answered", "AskHuman")]
public sealed class AnswerQuestion(IVCenterSessions sessions) : VCenterActivity(sessions)
{
    /// <summary>Policy rules <c>match=ANSWER</c>, tried in order: match is a question id or words of its text (case-insensitive); a malformed rule faults the step.</summary>
    [Input(Description = "Policy rules \"match=ANSWER\": match is a question id or words of its text (case-insensitive).")]
    public string[] Rules { get; set; } = [];

    /// <summary>A human's answer (the Answer output of Ask); when set, the rules are not consulted.</summary>
    [Input(Description = "A human's answer (the Answer output of Ask); when set, rules are not consulted.")]
    public string? HumanAnswer { get; set; }

    /// <summary>The id of the question found; null when none was waiting.</summary>
    [Output(Description = "The question's id.")]
    public string? QuestionId { get; set; }

    /// <summary>The question's text, for an Ask on AskHuman.</summary>
    [Output(Description = "The question's text.")]
    public string? QuestionText { get; set; }

    /// <summary>The answers the question accepts, for an Ask's AllowedAnswers.</summary>
    [Output(Description = "The answers vCenter accepts.")]
    public string[] PossibleAnswers { get; set; } = [];

    /// <summary>vCenter's default answer to the question, or null.</summary>
    [Output(Description = "vCenter's default answer.")]
    public string? DefaultAnswer { get; set; }

    /// <summary>The answer posted, spelled as vCenter accepts it; null on AskHuman or when no question was waiting.</summary>
    [Output(Description = "The answer posted.")]
    public string? Answer { get; set; }

    /// <summary><c>Policy</c>, <c>Human</c>, or <c>None</c> when no question was waiting.</summary>
    [Output(Description = "Policy, Human, or None when no question was waiting.")]
    public string? Source { get; set; }

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
        (Answer, Source) = string.IsNullOrEmpty(HumanAnswer) ? (ByPolicy(question), "Policy") : (HumanAnswer, "Human");
        if (Answer is null)
        {
            return ActivityResult.Complete("AskHuman");
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
        foreach (var rule in Rules)
        {
            var eq = rule.LastIndexOf('=');
            if (eq <= 0 || eq == rule.Length - 1)
            {
                throw new ArgumentException($"Rule '{rule}' is not \"match=ANSWER\".");
            }

            var match = rule[..eq].Trim();
            if (string.Equals(match, question.Id, StringComparison.OrdinalIgnoreCase)
                || question.Question.DefaultMessage.Contains(match, StringComparison.OrdinalIgnoreCase))
            {
                return rule[(eq + 1)..].Trim();
            }
        }

        return null;
    }
}
