// Simulate: a run of the published runbook against a throwaway appliance of the embedded simulator, set up with a
// scenario. Such a run's target is the simulation's own ("simulation~…"): that is how the console knows it.
import type { RunSummary } from "../api/types";

export interface Scenario {
  id: string;
  title: string;
  description: string;
}

export interface SimulationResponse {
  run: RunSummary;
  scenario: string;
  target: string;
  appliance: string;
}

export const SIMULATION_PREFIX = "simulation~";

export const isSimulation = (target: string | null | undefined) => typeof target === "string" && target.startsWith(SIMULATION_PREFIX);
