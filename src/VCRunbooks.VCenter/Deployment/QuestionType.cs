namespace VCRunbooks.VCenter.Deployment;

/// <summary>The kind of a stage-2 question, which decides its possible answers.</summary>
public enum QuestionType
{
    /// <summary>A yes/no question (wire <c>YES_NO</c>).</summary>
    YesNo,
    /// <summary>An OK/cancel question (<c>OK_CANCEL</c>).</summary>
    OkCancel,
    /// <summary>An abort/retry/ignore question (<c>ABORT_RETRY_IGNORE</c>).</summary>
    AbortRetryIgnore,
}
