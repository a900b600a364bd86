using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Errors;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.VCenter.Tasks;

/// <summary>cis.tasks Info: the state of an asynchronous operation started with <c>vmw-task=true</c>.</summary>
public sealed record TaskInfo
{
    public required LocalizableMessage Description { get; init; }
    public required string Service { get; init; }
    public required string Operation { get; init; }
    public string? Parent { get; init; }
    public DynamicId? Target { get; init; }
    public required TaskStatus Status { get; init; }
    public required bool Cancelable { get; init; }
    public VapiError? Error { get; init; }
    public DateTimeOffset? StartTime { get; init; }
    public DateTimeOffset? EndTime { get; init; }
    public string? User { get; init; }
    public TaskProgress? Progress { get; init; }
    /// <summary>Operation-specific result; its shape depends on the operation.</summary>
    public object? Result { get; init; }
}
