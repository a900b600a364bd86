using System.Text.Json.Nodes;

namespace VCRunbooks.Server.Simulation;

/// <summary>Simulates a published runbook: a scenario id from GET /api/simulation/scenarios, and inputs besides <c>target</c>.</summary>
internal sealed record SimulateRequest
{
    public string? Scenario { get; init; }
    /// <summary>The version to simulate; the latest when absent.</summary>
    public int? Version { get; init; }
    /// <summary>Runbook inputs by name; <c>target</c> is always the simulated appliance. Inputs left out take the demo's values, then the defaults.</summary>
    public JsonObject? Inputs { get; init; }
}

/// <summary>The simulated run and what it runs against.</summary>
internal sealed record SimulationResponse(VCRunbooks.Engine.RunSummary Run, string Scenario, string Target, string Appliance);

/// <summary>A scenario as the designer lists it.</summary>
internal sealed record ScenarioResponse(string Id, string Title, string Description);
