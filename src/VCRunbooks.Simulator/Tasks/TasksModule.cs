using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Tasks;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.Simulator.Tasks;

/// <summary>cis tasks: get, list with a filter, cancel.</summary>
internal sealed class TasksModule : IVapiModule
{
    private const int MaxListed = 1000;

    public void Map(VapiRouteTable routes)
    {
        routes.Get("/api/cis/tasks/{task}", "/rest/cis/tasks/{task}", Access.Read, Get);
        routes.Add(new VapiOperation
        {
            Method = "POST", Api = "/api/cis/tasks/{task}?action=cancel", Rest = "/rest/cis/tasks/{task}?action=cancel",
            Access = Access.Write, Handler = Cancel,
        });
        routes.Add(new VapiOperation
        {
            Method = "POST", Api = "/api/cis/tasks?action=list", RestMethod = "GET", Rest = "/rest/cis/tasks",
            Access = Access.Read, Handler = List,
        });
    }

    private static VapiResult Get(VapiContext context)
    {
        var id = context.Route("task");
        var task = context.Appliance.Tasks.Find(id) ?? throw VapiException.NotFound("Task", id);
        return VapiResult.Ok(task.ToInfo(excludeResult: context.Query("exclude_result") == "true"));
    }

    private static VapiResult Cancel(VapiContext context)
    {
        var id = context.Route("task");
        var task = context.Appliance.Tasks.Find(id) ?? throw VapiException.NotFound("Task", id);
        context.Appliance.Tasks.Cancel(task, context.Now);
        return VapiResult.NoContent();
    }

    private static VapiResult List(VapiContext context)
    {
        var request = context.IsRest ? FromQuery(context) : context.OptionalBody<TaskListRequest>() ?? new TaskListRequest();
        var filter = request.FilterSpec ?? new TaskFilterSpec();
        var matching = context.Appliance.Tasks.All
            .Where(t => filter.Tasks is not { Count: > 0 } || filter.Tasks.Contains(t.Id))
            .Where(t => filter.Services is not { Count: > 0 } || filter.Services.Contains(t.Spec.Service))
            .Where(t => filter.Operations is not { Count: > 0 } || filter.Operations.Contains(t.Spec.Operation))
            .Where(t => filter.Status is not { Count: > 0 } || filter.Status.Contains(t.Status))
            .Where(t => filter.Users is not { Count: > 0 } || (t.Spec.User is { } user && filter.Users.Contains(user, StringComparer.OrdinalIgnoreCase)))
            .ToList();
        if (matching.Count > MaxListed)
        {
            throw new VapiException(ErrorType.ResourceInaccessible, "com.vmware.cis.tasks.too_many",
                $"More than {MaxListed} tasks match the filter; narrow it.", MaxListed.ToString());
        }
        var excludeResult = request.ResultSpec?.ExcludeResult ?? false;
        return VapiResult.Ok(matching.ToDictionary(t => t.Id, t => t.ToInfo(excludeResult), StringComparer.Ordinal));
    }

    private static TaskStatus ParseStatus(string value) =>
        Enum.TryParse<TaskStatus>(value, ignoreCase: true, out var status) && !int.TryParse(value, out _)
            ? status
            : throw VapiException.InvalidArgument("filter_spec.status", $"'{value}' is not a task status.");

    private static TaskListRequest FromQuery(VapiContext context) => new()
    {
        FilterSpec = new TaskFilterSpec
        {
            Tasks = context.QueryAll("filter_spec.tasks"),
            Services = context.QueryAll("filter_spec.services"),
            Operations = context.QueryAll("filter_spec.operations"),
            Status = context.QueryAll("filter_spec.status").Select(ParseStatus).ToList(),
            Users = context.QueryAll("filter_spec.users"),
        },
    };
}
