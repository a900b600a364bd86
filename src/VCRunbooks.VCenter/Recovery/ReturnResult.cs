using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Recovery;

/// <summary>ReturnResult / JobReturnResult: the outcome of a validation or a cancel, with its messages.</summary>
public sealed record ReturnResult
{
    public required ReturnStatus Status { get; init; }
    public required IReadOnlyList<LocalizableMessage> Messages { get; init; }
}
