using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Tasks;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.VCenter.Client.Tasks;

internal sealed class TasksClient(ClientContext context) : ITasksClient
{
    public Task<TaskInfo> GetAsync(string taskId, CancellationToken cancellationToken = default)
    {
        var id = Paths.Segment(taskId, nameof(taskId));
        return context.Transport.SendAsync<TaskInfo>(VapiRequest.Get($"/api/cis/tasks/{id}", $"/rest/cis/tasks/{id}"), cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, TaskInfo>> ListAsync(TaskFilterSpec? filter = null, CancellationToken cancellationToken = default)
    {
        foreach (var status in filter?.Status ?? [])
        {
            if (!Enum.IsDefined(status))
            {
                throw new ArgumentOutOfRangeException(nameof(filter), status, "Unknown task status in filter.Status.");
            }
        }
        var request = new VapiRequest
        {
            Method = HttpMethod.Post,
            Api = "/api/cis/tasks?action=list",
            Body = new TaskListRequest { FilterSpec = filter },
            RestMethod = HttpMethod.Get,
            Rest = "/rest/cis/tasks" + RestFilterQuery(filter),
            // Listing reads only, although /api spells it as a POST action.
            Retry = RetryMode.Safe,
        };
        if (context.Transport.Flavor == Connection.ApiFlavor.Rest)
        {
            request = request with { Body = null };
        }
        return await context.Transport.SendAsync<Dictionary<string, TaskInfo>>(request, cancellationToken) ?? [];
    }

    public Task CancelAsync(string taskId, CancellationToken cancellationToken = default)
    {
        var id = Paths.Segment(taskId, nameof(taskId));
        return context.Transport.SendAsync(new VapiRequest
        {
            Method = HttpMethod.Post,
            Api = $"/api/cis/tasks/{id}?action=cancel",
            Rest = $"/rest/cis/tasks/{id}?action=cancel",
        }, cancellationToken);
    }

    public async Task<TaskInfo> WaitAsync(string taskId, WaitPolicy? policy = null, IProgress<TaskInfo>? progress = null, CancellationToken cancellationToken = default)
    {
        Paths.Segment(taskId, nameof(taskId));
        var info = await context.Poller.UntilAsync(
            $"task {taskId}",
            ct => GetAsync(taskId, ct),
            t => t.Status is TaskStatus.Succeeded or TaskStatus.Failed,
            policy ?? context.DefaultWait,
            t => (t.Status, t.Progress?.Completed, t.Progress?.Message.Id),
            progress,
            cancellationToken);
        if (info.Status == TaskStatus.Failed)
        {
            var messages = info.Error?.Messages ?? [];
            throw new VCenterOperationFailedException(
                $"Task {taskId} ({info.Operation}) failed: {string.Join(" ", messages.Select(m => m.DefaultMessage))}",
                info.Error?.ErrorType, messages, info);
        }
        return info;
    }

    private static string RestFilterQuery(TaskFilterSpec? filter)
    {
        if (filter is null)
        {
            return "";
        }
        var pairs = new List<string>();
        void Add(string name, IEnumerable<string>? values)
        {
            pairs.AddRange((values ?? []).Select(v => $"filter_spec.{name}={Paths.Query(v)}"));
        }
        Add("tasks", filter.Tasks);
        Add("services", filter.Services);
        Add("operations", filter.Operations);
        Add("status", filter.Status?.Select(s => s.ToString().ToUpperInvariant()));
        Add("users", filter.Users);
        return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs);
    }
}
