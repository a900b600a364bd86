using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Tasks;

namespace VCRunbooks.VCenter.Client.Tasks;

/// <summary>cis tasks: the asynchronous operations started with <c>vmw-task=true</c>.</summary>
public interface ITasksClient
{
    /// <summary>One task (<c>GET /api/cis/tasks/{task}</c>); NOT_FOUND for an unknown id.</summary>
    Task<TaskInfo> GetAsync(string taskId, CancellationToken cancellationToken = default);

    /// <summary>Tasks matching the filter (all tasks for an empty or null filter), by task id (<c>POST /api/cis/tasks?action=list</c>); at most 1000.</summary>
    Task<IReadOnlyDictionary<string, TaskInfo>> ListAsync(TaskFilterSpec? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Asks a task to stop (<c>POST /api/cis/tasks/{task}?action=cancel</c>); UNSUPPORTED when it is not cancelable.</summary>
    Task CancelAsync(string taskId, CancellationToken cancellationToken = default);

    /// <summary>Polls the task until SUCCEEDED (returned) or FAILED (thrown as <see cref="Errors.VCenterOperationFailedException"/>).</summary>
    Task<TaskInfo> WaitAsync(string taskId, WaitPolicy? policy = null, IProgress<TaskInfo>? progress = null, CancellationToken cancellationToken = default);
}
