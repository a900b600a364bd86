using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Auth;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Errors;

namespace VCRunbooks.Simulator.Vapi;

/// <summary>
/// Serves every /api and /rest request: finds the appliance by host, applies injected faults, matches the
/// operation (path, method, <c>action</c>, <c>vmw-task</c>), authenticates, runs it under the appliance's lock
/// and writes the answer in the form's convention. Client mistakes never become a 500.
/// </summary>
internal sealed partial class VapiDispatcher(VapiRouteTable routes, ApplianceRegistry appliances, ILogger<VapiDispatcher> logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        var isRest = path.StartsWith("/rest/", StringComparison.Ordinal);
        var appliance = appliances.Resolve(http.Request.Host.Host);
        if (appliance is null)
        {
            await VapiResponseWriter.WriteErrorAsync(http, isRest, Error(ErrorType.NotFound, "com.vmware.vapi.rest.httpNotFound", $"No appliance answers to host '{http.Request.Host.Host}'."));
            return;
        }

        var faults = appliance.Faults;
        var arrival = appliance.Clock.GetUtcNow();
        lock (appliance.Sync)
        {
            // Features open fault windows at simulated moments (a restore drops connections mid-way): bring them
            // up to now first, so the windows already apply to this request.
            appliance.Advance(arrival);
        }
        if (faults.RefuseConnectionsUntil is { } refuseUntil && arrival < refuseUntil)
        {
            http.Abort();
            return;
        }
        if (faults.Latency > TimeSpan.Zero)
        {
            // Network latency is real time whatever the simulated clock does.
            await Task.Delay(faults.Latency, TimeProvider.System, http.RequestAborted);
        }
        if (faults.UnavailableUntil is { } unavailableUntil && arrival < unavailableUntil)
        {
            await VapiResponseWriter.WriteErrorAsync(http, isRest, Unavailable());
            return;
        }
        if (faults.RollRandom5xx())
        {
            var busy = faults.NextRandom(2) == 0;
            await VapiResponseWriter.WriteErrorAsync(http, isRest, busy
                ? Error(ErrorType.ResourceBusy, "com.vmware.vapi.std.errors.resource_busy", "The resource is busy; try again.")
                : Unavailable());
            return;
        }

        var query = http.Request.Query;
        var action = query["action"].FirstOrDefault() ?? query["~action"].FirstOrDefault();
        var task = query["vmw-task"].FirstOrDefault();
        if (task is not null && task != "true")
        {
            await VapiResponseWriter.WriteErrorAsync(http, isRest, Error(ErrorType.InvalidArgument, "vapi.rest.invalid.vmw-task", "Invalid value for \"vmw-task\" query param"));
            return;
        }

        var lookup = routes.Find(http.Request.Method, path, action, task is not null);
        if (lookup.Route is not { } route)
        {
            await VapiResponseWriter.WriteErrorAsync(http, isRest, lookup.PathMatched
                ? Error(ErrorType.NotFound, "vapi.method.input.invalid", "No matching method available for the requested URL and HTTP method")
                : Error(ErrorType.NotFound, "com.vmware.vapi.rest.httpNotFound", "Not found."));
            return;
        }

        var body = await ReadBodyAsync(http);
        VapiResult result;
        try
        {
            lock (appliance.Sync)
            {
                var now = appliance.Clock.GetUtcNow();
                appliance.Advance(now);
                var operation = route.Operation;
                if (appliance.ServicesRestarting(now) && !operation.AvailableDuringRestart)
                {
                    throw new VapiException(Unavailable());
                }
                Principal? user = null;
                if (operation.Access != Access.Anonymous)
                {
                    user = Authenticator.Authenticate(http, appliance, operation, now);
                    Authenticator.Authorize(user, operation.Access);
                }
                result = operation.Handler(new VapiContext(http, appliance, operation, route.IsRest, lookup.Values, body, user));
            }
        }
        catch (VapiException ex)
        {
            await VapiResponseWriter.WriteErrorAsync(http, route.IsRest, ex.Error);
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogOperationFailed(logger, ex, route.Operation.Method, route.Operation.Api);
            await VapiResponseWriter.WriteErrorAsync(http, route.IsRest, Error(ErrorType.Error, "com.vmware.vapi.std.errors.error", "An internal error occurred in the simulator."));
            return;
        }
        await VapiResponseWriter.WriteResultAsync(http, route.Operation, route.IsRest, result);
    }

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpContext http)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        return buffer.ToArray();
    }

    private static VapiError Unavailable() =>
        Error(ErrorType.ServiceUnavailable, "com.vmware.vapi.std.errors.service_unavailable", "The service is unavailable: the appliance's services are restarting.");

    private static VapiError Error(ErrorType type, string id, string message) =>
        new() { ErrorType = type, Messages = [LocalizableMessage.Of(id, message)] };

    [LoggerMessage(Level = LogLevel.Error, Message = "Operation {Method} {Operation} failed inside the simulator")]
    private static partial void LogOperationFailed(ILogger logger, Exception exception, string method, string operation);
}
