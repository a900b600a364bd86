// Start a run: a form generated from the runbook's inputs (types, defaults, required), targets picked from the list.
import { useState } from "react";
import { api } from "../api/client";
import type { RunbookDefinition, RunSummary, Target } from "../api/types";
import { literalText, parseLiteral } from "../editor/fields";
import { ErrorNotice } from "../shell/Notice";
import { navigate } from "../shell/router";
import { useLoad } from "../shell/useLoad";

/** Loads the latest published version of the runbook, then shows the form. */
export function StartRunDialog({ runbookId, onClose }: { runbookId: string; onClose: () => void }) {
  const runbook = useLoad((signal) => api.get<RunbookDefinition>(`/api/runbooks/${encodeURIComponent(runbookId)}`, signal), [runbookId]);
  if (runbook.error) return <div className="dialog-backdrop"><div className="dialog"><ErrorNotice error={runbook.error} /><button type="button" onClick={onClose}>Close</button></div></div>;
  if (!runbook.data) return null;
  return <StartRunForm runbook={runbook.data} onClose={onClose} />;
}

function StartRunForm({ runbook, onClose }: { runbook: RunbookDefinition; onClose: () => void }) {
  const targets = useLoad((signal) => api.get<Target[]>("/api/targets", signal), []);
  const inputs = runbook.inputs ?? [];
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(inputs.map((p) => [p.name, literalText(p.type ?? "string", p.default)])));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const problems = inputs.flatMap((p) => {
    const text = values[p.name] ?? "";
    if (p.required && text === "") return [`${p.name} is required.`];
    const parsed = parseLiteral(p.type ?? "string", text);
    return parsed.error ? [`${p.name} must be ${parsed.error}.`] : [];
  });
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const body: Record<string, unknown> = {};
      for (const p of inputs) {
        const parsed = parseLiteral(p.type ?? "string", values[p.name] ?? "");
        if (parsed.value !== undefined) body[p.name] = parsed.value;
      }
      const run = await api.post<RunSummary>("/api/runs", { runbook: runbook.id, version: runbook.version, inputs: body });
      navigate(`/runs/${encodeURIComponent(run.id)}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const isTarget = (name: string) => /^target$/i.test(name) || /Target$/.test(name);
  return (
    <div className="dialog-backdrop" role="dialog" aria-label="Start a run">
      <form className="dialog" data-testid="start-run" onSubmit={(e) => (e.preventDefault(), void start())}>
        <h3>Start {runbook.name} <span className="hint">version {runbook.version}</span></h3>
        {inputs.length === 0 && <p className="hint">This runbook takes no inputs.</p>}
        {inputs.map((p) => (
          <label key={p.name}>
            <span>
              {p.name}
              {p.required && <span className="required">*</span>} <span className="hint">{p.type ?? "string"}</span>
            </span>
            {p.type === "bool" ? (
              <select aria-label={p.name} value={values[p.name]} onChange={(e) => setValues({ ...values, [p.name]: e.target.value })}>
                <option value="">not set</option>
                <option value="true">true</option>
                <option value="false">false</option>
              </select>
            ) : isTarget(p.name) && (p.type ?? "string") === "string" ? (
              <select aria-label={p.name} value={values[p.name]} onChange={(e) => setValues({ ...values, [p.name]: e.target.value })}>
                <option value="">choose a target</option>
                {(targets.data ?? []).map((t) => (
                  <option key={t.name} value={t.name}>
                    {t.name} ({t.hostHeader ?? t.address}){t.tags?.length ? ` · ${t.tags.join(", ")}` : ""}
                  </option>
                ))}
              </select>
            ) : p.type === "string[]" || p.type === "map" || p.type === "object" || p.type === "array" ? (
              <textarea aria-label={p.name} value={values[p.name]} onChange={(e) => setValues({ ...values, [p.name]: e.target.value })} placeholder={p.type === "string[]" ? "one per line" : p.type === "map" ? "key=value, one per line" : "JSON"} />
            ) : (
              <input aria-label={p.name} value={values[p.name]} onChange={(e) => setValues({ ...values, [p.name]: e.target.value })}
                inputMode={p.type === "int" || p.type === "long" || p.type === "double" ? "numeric" : undefined} placeholder={p.type === "timespan" ? "00:05:00" : ""} />
            )}
            {p.description && <span className="hint">{p.description}</span>}
          </label>
        ))}
        {problems.length > 0 && <div className="field-error">{problems.join(" ")}</div>}
        <ErrorNotice error={error} />
        <div className="dialog-actions">
          <button type="submit" disabled={busy || problems.length > 0}>Start run</button>
          <button type="button" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </div>
  );
}
