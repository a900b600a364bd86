using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Recovery;

/// <summary>ReturnResult / JobReturnResult: the outcome of a validation or a cancel, with its messages.</summary>
public sealed record ReturnResult
{
    /// <summary>The outcome.</summary>
    public required ReturnStatus Status { get; init; }
    /// <summary>Why; empty when there is nothing to say.</summary>
    public required IReadOnlyList<LocalizableMessage> Messages { get; init; }
}
