// Pick a scenario and simulate the runbook; the run view then shows the path it took.
import { useState } from "react";
import { api, enc } from "../api/client";
import { ErrorNotice } from "../shell/Notice";
import { navigate } from "../shell/router";
import { useLoad } from "../shell/useLoad";
import type { Scenario, SimulationResponse } from "./simulation";

export function SimulateDialog({ runbookId, onClose }: { runbookId: string; onClose: () => void }) {
  const scenarios = useLoad((signal) => api.get<Scenario[]>("/api/simulation/scenarios", signal), []);
  const [scenario, setScenario] = useState("healthy");
  const [inputs, setInputs] = useState("{}");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  let parsed: Record<string, unknown> | null = null;
  let inputsError: string | null = null;
  try {
    const value: unknown = JSON.parse(inputs || "{}");
    if (typeof value === "object" && value !== null && !Array.isArray(value)) parsed = value as Record<string, unknown>;
    else inputsError = "Inputs must be a JSON object, e.g. {\"maxHealthLevel\": \"Orange\"}.";
  } catch (e) {
    inputsError = `Inputs are not valid JSON: ${(e as Error).message}`;
  }
  const simulate = async () => {
    setBusy(true);
    setError(null);
    try {
      const answer = await api.post<SimulationResponse>(`/api/runbooks/${enc(runbookId)}/simulate`, { scenario, inputs: parsed });
      navigate(`/runs/${enc(answer.run.id)}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="dialog-backdrop" role="dialog" aria-label="Simulate">
      <form className="dialog" data-testid="simulate" onSubmit={(e) => (e.preventDefault(), void simulate())}>
        <h3>Simulate {runbookId}</h3>
        <p className="hint">
          Runs the published version against a throwaway appliance of the embedded simulator, set up with the scenario
          you pick. Its target is the simulation's own: no real vCenter is touched.
        </p>
        <ErrorNotice error={scenarios.error} />
        <div className="scenario-list" data-testid="scenarios">
          {(scenarios.data ?? []).map((s) => (
            <label key={s.id}>
              <input type="radio" name="scenario" value={s.id} checked={scenario === s.id} onChange={() => setScenario(s.id)} /> <b>{s.title}</b>
              <span className="hint">{s.description}</span>
            </label>
          ))}
        </div>
        <label>
          <span>Inputs <span className="hint">JSON; target is always the simulated appliance, inputs left out take the demo's values</span></span>
          <textarea aria-label="Simulation inputs" value={inputs} onChange={(e) => setInputs(e.target.value)} />
        </label>
        {inputsError && <div className="field-error">{inputsError}</div>}
        <ErrorNotice error={error} />
        <div className="dialog-actions">
          <button type="submit" disabled={busy || inputsError !== null}>Simulate</button>
          <button type="button" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </div>
  );
}
