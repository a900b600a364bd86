using Microsoft.AspNetCore.Http.HttpResults;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Auth;
using VCRunbooks.Simulator.Clock;
using VCRunbooks.Simulator.Hosting;

namespace VCRunbooks.Simulator.Control;

/// <summary>
/// The simulator's own API, outside /api and /rest: create appliances, move the clock, inject faults, read the
/// ledger of side effects. Errors are ProblemDetails.
/// </summary>
internal static class ControlApi
{
    public const string Prefix = "/simulator";

    /// <summary>The appliance named in the route, or null (answer 404).</summary>
    public static Appliance? Appliance(HttpContext http) =>
        http.GetRouteValue("name") is string name ? http.RequestServices.GetRequiredService<ApplianceRegistry>().Find(name) : null;

    public static IEndpointRouteBuilder MapSimulatorControlApi(this IEndpointRouteBuilder endpoints, IEnumerable<IControlModule> modules)
    {
        var root = endpoints.MapGroup(Prefix).WithTags("Simulator control");

        root.MapGet("/clock", (VirtualClock clock) => new { now = clock.GetUtcNow(), factor = clock.Factor }).WithName("GetClock");
        root.MapPost("/clock", (ClockRequest request, VirtualClock clock) =>
        {
            if (request.AdvanceSeconds is < 0 || request.Factor is < 0)
            {
                return Results.Problem("advanceSeconds and factor must not be negative.", statusCode: 400);
            }
            if (request.Factor is { } factor)
            {
                clock.Factor = factor;
            }
            if (request.AdvanceSeconds is { } seconds)
            {
                clock.Advance(TimeSpan.FromSeconds(seconds));
            }
            return Results.Ok(new { now = clock.GetUtcNow(), factor = clock.Factor });
        }).WithName("SetClock");

        root.MapGet("/certificate", (SimulatorCertificate certificate) => new
        {
            sha256 = certificate.Sha256Thumbprint,
            sha1 = certificate.Certificate.Thumbprint,
        }).WithName("GetCertificate");

        root.MapGet("/appliances", (ApplianceRegistry registry) => registry.All.Select(ApplianceSummary.Of)).WithName("ListAppliances");
        root.MapPost("/appliances", Results<Created<ApplianceSummary>, ProblemHttpResult> (ApplianceSpec spec, ApplianceRegistry registry) =>
        {
            if (string.IsNullOrWhiteSpace(spec.Name))
            {
                return TypedResults.Problem("name is required.", statusCode: 400);
            }
            if (registry.Find(spec.Name) is not null)
            {
                return TypedResults.Problem($"An appliance named '{spec.Name}' already exists.", statusCode: 409);
            }
            var appliance = registry.Add(spec);
            return TypedResults.Created($"{Prefix}/appliances/{appliance.Name}", ApplianceSummary.Of(appliance));
        }).WithName("CreateAppliance");

        var one = root.MapGroup("/appliances/{name}");
        one.AddEndpointFilter(async (context, next) =>
            Appliance(context.HttpContext) is null
                ? Results.Problem($"No appliance named '{context.HttpContext.GetRouteValue("name")}'.", statusCode: 404)
                : await next(context));

        one.MapGet("/", (HttpContext http) => ApplianceSummary.Of(Appliance(http)!)).WithName("GetAppliance");
        one.MapDelete("/", (string name, ApplianceRegistry registry) => registry.Remove(name) ? Results.NoContent() : Results.NotFound()).WithName("DeleteAppliance");
        one.MapGet("/ledger", (HttpContext http) => Appliance(http)!.Ledger.Entries).WithName("GetLedger");
        one.MapPost("/users", (UserRequest request, HttpContext http) =>
        {
            if (string.IsNullOrWhiteSpace(request.Name) || string.IsNullOrEmpty(request.Password))
            {
                return Results.Problem("name and password are required.", statusCode: 400);
            }
            Appliance(http)!.Users.Add(new UserAccount(request.Name, request.Password, request.Role, request.Local));
            return Results.NoContent();
        }).WithName("AddUser");
        one.MapPost("/faults", (FaultRequest request, HttpContext http) =>
        {
            var appliance = Appliance(http)!;
            lock (appliance.Sync)
            {
                return Apply(appliance, request);
            }
        }).WithName("InjectFaults");
        one.MapDelete("/faults", (HttpContext http) =>
        {
            var appliance = Appliance(http)!;
            lock (appliance.Sync)
            {
                var faults = appliance.Faults;
                faults.UnavailableUntil = faults.RefuseConnectionsUntil = null;
                faults.Latency = TimeSpan.Zero;
                faults.Random5xxRate = 0;
                faults.FailNextBackupAtPercent = faults.FailNextRestoreAtPercent = faults.FailNextInstallAtPercent = null;
                faults.PartnerUnreachableOnNextReconcile = false;
                faults.RaiseQuestion = null;
            }
            return Results.NoContent();
        }).WithName("ClearFaults");

        foreach (var module in modules)
        {
            module.Map(one);
        }
        return endpoints;
    }

    private static IResult Apply(Appliance appliance, FaultRequest request)
    {
        if (request.Random5xxRate is < 0 or > 1)
        {
            return Results.Problem("random5xxRate must be between 0 and 1.", statusCode: 400);
        }
        if (request.UnavailableForSeconds is < 0 || request.RefuseConnectionsForSeconds is < 0 || request.ServicesRestartForSeconds is < 0 || request.LatencyMs is < 0)
        {
            return Results.Problem("durations must not be negative.", statusCode: 400);
        }
        foreach (var percent in new[] { request.FailNextBackupAtPercent, request.FailNextRestoreAtPercent, request.FailNextInstallAtPercent, request.RaiseQuestionAtPercent })
        {
            if (percent is < 0 or > 100)
            {
                return Results.Problem("percentages must be between 0 and 100.", statusCode: 400);
            }
        }

        var now = appliance.Clock.GetUtcNow();
        var faults = appliance.Faults;
        if (request.UnavailableForSeconds is { } unavailable) faults.UnavailableUntil = now.AddSeconds(unavailable);
        if (request.RefuseConnectionsForSeconds is { } refuse) faults.RefuseConnectionsUntil = now.AddSeconds(refuse);
        if (request.ServicesRestartForSeconds is { } restart) appliance.ServicesRestartingUntil = now.AddSeconds(restart);
        if (request.LatencyMs is { } latency) faults.Latency = TimeSpan.FromMilliseconds(latency);
        if (request.Random5xxRate is { } rate) faults.Random5xxRate = rate;
        if (request.Seed is { } seed) faults.SeedRandom(seed);
        if (request.ExpireSessions is true) appliance.Sessions.ExpireAll();
        if (request.SessionIdleTimeoutSeconds is { } idle) appliance.Sessions.IdleTimeout = TimeSpan.FromSeconds(idle);
        if (request.FailNextBackupAtPercent is { } backup) faults.FailNextBackupAtPercent = backup;
        if (request.FailNextRestoreAtPercent is { } restore) faults.FailNextRestoreAtPercent = restore;
        if (request.FailNextInstallAtPercent is { } install) faults.FailNextInstallAtPercent = install;
        if (request.PartnerUnreachableOnNextReconcile is { } partner) faults.PartnerUnreachableOnNextReconcile = partner;
        if (request.RaiseQuestion is { } question) faults.RaiseQuestion = question;
        if (request.RaiseQuestionAtPercent is { } at) faults.RaiseQuestionAtPercent = at;
        return Results.NoContent();
    }
}
