namespace VCRunbooks.VCenter.Deployment;

/// <summary>The kind of a stage-2 question, which decides its possible answers.</summary>
public enum QuestionType
{
    YesNo,
    OkCancel,
    AbortRetryIgnore,
}
