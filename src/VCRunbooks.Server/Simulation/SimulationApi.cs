using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using VCRunbooks.Activities.Targets;
using VCRunbooks.Engine;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Simulator;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.Client.Connection;

namespace VCRunbooks.Server.Simulation;

/// <summary>
/// Simulate: runs a published runbook against a throwaway appliance of the embedded simulator, set up with a scenario
/// (a 503 window, a backup failing at 40%, a question, red health). The run is an ordinary run whose <c>target</c> is
/// the simulation's (<c>simulation~…</c>), so the run view shows its path; it never reaches a stored target.
/// </summary>
internal static class SimulationApi
{
    public static IEndpointRouteBuilder MapSimulationApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/simulation/scenarios", () => TypedResults.Ok(SimulationScenario.All.Select(s => new ScenarioResponse(s.Id, s.Title, s.Description))))
            .WithTags("Simulation").WithName("ListSimulationScenarios").WithSummary("The scenarios Simulate can set up on its throwaway appliance.")
            .RequireAuthorization(Policies.Viewer);

        endpoints.MapPost("/api/runbooks/{id}/simulate", SimulateAsync)
            .WithTags("Simulation").WithName("SimulateRunbook")
            .WithSummary("Runs a published runbook against a throwaway simulated appliance set up with a scenario; answers the run (202). Never touches a real target.")
            .RequireAuthorization(Policies.Operator);
        return endpoints;
    }

    private static async Task<Results<Accepted<SimulationResponse>, ValidationProblem, ProblemHttpResult>> SimulateAsync(
        string id, SimulateRequest request, IRunbookEngine engine, EmbeddedSimulator simulator, SimulationTargets simulations, CancellationToken cancellationToken)
    {
        if (SimulationScenario.Find(request.Scenario) is not { } scenario)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["scenario"] = [$"scenario must be one of {string.Join(", ", SimulationScenario.All.Select(s => s.Id))}{(request.Scenario is null ? "" : $"; '{request.Scenario}' is not one")}."],
            }, title: "The simulation is not valid.");
        }
        if (simulator.BaseAddress is not { } address)
        {
            return TypedResults.Problem("Simulate needs the embedded simulator, which is off on this server (EmbeddedSimulator:Enabled=false).",
                statusCode: StatusCodes.Status409Conflict, title: "No simulator");
        }
        if (await engine.GetDefinitionAsync(id, request.Version, cancellationToken) is not { } definition)
        {
            return TypedResults.Problem(request.Version is { } v ? $"Runbook '{id}' has no published version {v}." : $"No published runbook '{id}': publish it before simulating it.",
                statusCode: StatusCodes.Status404NotFound, title: "Runbook not found");
        }
        var refused = SimulationGuard.Check(definition);
        if (refused.Count > 0)
        {
            return TypedResults.ValidationProblem(refused, title: $"Runbook '{id}' cannot be simulated.");
        }

        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var template = DemoFleet.Members.FirstOrDefault(m => m.Serves(id));
        var spec = (template?.Spec ?? new ApplianceSpec { Name = "", PendingUpdates = ["8.0.2.00200"] }) with { Name = $"sim-{suffix}.simulation.local" };
        var appliance = simulator.Appliances.Add(spec);
        lock (appliance.Sync)
        {
            scenario.Apply(appliance);
        }
        var name = SimulationTargets.Prefix + suffix;
        var endpoint = new VCenterTarget { Host = spec.Name, Port = address.Port, ApiBaseUrl = address };
        simulations.Add(new TargetSettings
        {
            Name = name, Api = endpoint, Management = endpoint, SsoUser = spec.SsoUser, SsoPasswordSecret = name, RootPasswordSecret = name,
        }, spec.Name, spec.SsoPassword);

        var inputs = new JsonObject();
        foreach (var (input, json) in template?.DemoInputs ?? new Dictionary<string, string>())
        {
            inputs[input] = JsonNode.Parse(json);
        }
        foreach (var (input, value) in request.Inputs ?? new JsonObject())
        {
            inputs[input] = value?.DeepClone();
        }
        inputs["target"] = name;
        var run = await engine.StartRunAsync(id, inputs, idempotencyKey: null, definition.Version, cancellationToken);
        await engine.AddNoteAsync(run.Id, "simulation",
            $"Simulation '{scenario.Title}' on the throwaway appliance {spec.Name} ({name}); no stored target is used.",
            new JsonObject { ["scenario"] = scenario.Id, ["appliance"] = spec.Name }, cancellationToken);
        return TypedResults.Accepted($"/api/runs/{run.Id}", new SimulationResponse(run, scenario.Id, name, spec.Name));
    }
}
