// The property panel's live block for a vCenter node: the target's version, health, updates and running job.
import type { LiveContext } from "./live";
import { ErrorNotice } from "../shell/Notice";

export function LivePanel({ target, live, error }: { target: string | null; live: LiveContext | null; error: unknown }) {
  if (!target) return <div className="live-panel hint" data-testid="live-panel">Live context: choose a target in the toolbar to see what this node would act on.</div>;
  if (error) return <div className="live-panel" data-testid="live-panel"><h4>Live: {target}</h4><ErrorNotice error={error} /></div>;
  if (!live) return <div className="live-panel hint" data-testid="live-panel">Reading {target}…</div>;
  return (
    <div className={`live-panel live-status-${live.status}`} data-testid="live-panel">
      <h4>Live: {target} <span className="hint">read {new Date(live.readAt).toLocaleTimeString()}</span></h4>
      {live.status !== "ok" ? (
        <div className="notice notice-error" role="alert" data-testid="live-message">{live.message}</div>
      ) : (
        <dl>
          <dt>Version</dt><dd data-testid="live-version">{live.version}{live.build ? ` (build ${live.build})` : ""}</dd>
          <dt>Health</dt><dd data-testid="live-health"><span className={`health-dot live-${live.health}`} /> {live.health}</dd>
          <dt>Updates</dt><dd data-testid="live-updates">{live.pendingUpdates.length ? `${live.pendingUpdates.join(", ")} pending` : "none pending"}{live.updateState ? ` · ${live.updateState}` : ""}</dd>
          <dt>Job</dt>
          <dd data-testid="live-job">
            {live.job ? (
              <>
                {live.job.operation}: {live.job.status} {live.job.percent}%
                <progress max={100} value={live.job.percent} />
                {live.job.message && <span className="hint">{live.job.message}</span>}
              </>
            ) : "none running"}
          </dd>
        </dl>
      )}
    </div>
  );
}

/** The toolbar's choice of the target the designer shows live context for. */
export function LiveTargetPicker({ targets, value, onChange }: { targets: string[]; value: string | null; onChange: (t: string | null) => void }) {
  return (
    <label className="live-picker" title="Show this target's live state on the vCenter nodes">
      Live context{" "}
      <select aria-label="Live context target" value={value ?? ""} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">none</option>
        {targets.map((t) => <option key={t} value={t}>{t}</option>)}
      </select>
    </label>
  );
}
