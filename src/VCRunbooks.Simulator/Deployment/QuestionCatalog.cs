using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.Simulator.Deployment;

/// <summary>
/// The questions stage 2 can raise. An upgrade always asks <see cref="UpgradeCertificate"/> unless a fault names
/// another; an install asks only when the RaiseQuestion fault names one. Unknown ids become a YES_NO question.
/// </summary>
internal static class QuestionCatalog
{
    public const string UpgradeCertificate = "upgrade.source.certificate.untrusted";

    private static readonly Dictionary<string, DeploymentQuestion> Known = new(StringComparer.Ordinal)
    {
        [UpgradeCertificate] = YesNo(UpgradeCertificate,
            "The source appliance presents a certificate that is not trusted. Continue the upgrade and trust it?"),
        ["upgrade.precheck.warnings"] = new()
        {
            Id = "upgrade.precheck.warnings",
            Question = LocalizableMessage.Of("upgrade.precheck.warnings", "Pre-upgrade checks reported warnings. Continue the upgrade?"),
            Type = QuestionType.OkCancel, DefaultAnswer = "OK", PossibleAnswers = ["OK", "CANCEL"],
        },
        ["install.storage.low"] = new()
        {
            Id = "install.storage.low",
            Question = LocalizableMessage.Of("install.storage.low", "The log partition is nearly full. Abort, retry the check, or ignore?"),
            Type = QuestionType.AbortRetryIgnore, DefaultAnswer = "IGNORE", PossibleAnswers = ["ABORT", "RETRY", "IGNORE"],
        },
    };

    /// <summary>Answers that stop the operation: it fails.</summary>
    public static bool Aborts(string answer) => answer is "NO" or "CANCEL" or "ABORT";

    public static DeploymentQuestion Find(string id) => Known.TryGetValue(id, out var question)
        ? question
        : YesNo(id, $"Simulated question '{id}': continue?");

    private static DeploymentQuestion YesNo(string id, string text) => new()
    {
        Id = id,
        Question = LocalizableMessage.Of(id, text),
        Type = QuestionType.YesNo,
        DefaultAnswer = "YES",
        PossibleAnswers = ["YES", "NO"],
    };
}
