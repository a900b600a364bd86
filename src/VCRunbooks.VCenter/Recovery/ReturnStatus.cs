namespace VCRunbooks.VCenter.Recovery;

/// <summary>The outcome of a check or a cancel request.</summary>
public enum ReturnStatus
{
    /// <summary>Failed; the operation cannot go ahead (wire <c>FAIL</c>).</summary>
    Fail,
    /// <summary>Can go ahead, with warnings (<c>WARNING</c>).</summary>
    Warning,
    /// <summary>Succeeded (<c>OK</c>).</summary>
    Ok,
}
