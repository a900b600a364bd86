using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Tasks;

namespace VCRunbooks.VCenter.Client.Tasks;

/// <summary>cis tasks: the asynchronous operations started with <c>vmw-task=true</c>.</summary>
public interface ITasksClient
{
    Task<TaskInfo> GetAsync(string taskId, CancellationToken cancellationToken = default);

    /// <summary>Tasks matching the filter (all tasks for an empty or null filter), by task id.</summary>
    Task<IReadOnlyDictionary<string, TaskInfo>> ListAsync(TaskFilterSpec? filter = null, CancellationToken cancellationToken = default);

    Task CancelAsync(string taskId, CancellationToken cancellationToken = default);

    /// <summary>Polls the task until SUCCEEDED (returned) or FAILED (thrown as <see cref="Errors.VCenterOperationFailedException"/>).</summary>
    Task<TaskInfo> WaitAsync(string taskId, WaitPolicy? policy = null, IProgress<TaskInfo>? progress = null, CancellationToken cancellationToken = default);
}
