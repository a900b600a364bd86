namespace VCRunbooks.VCenter.Recovery;

/// <summary>The outcome of a check or a cancel request.</summary>
public enum ReturnStatus
{
    Fail,
    Warning,
    Ok,
}
