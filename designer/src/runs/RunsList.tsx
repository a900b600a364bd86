// Runs, newest first, filtered by runbook, status and target; refreshed as run events arrive.
import { useEffect, useRef } from "react";
import { api } from "../api/client";
import { openStream } from "../api/sse";
import type { RunbookDefinition, RunSummary, Target } from "../api/types";
import { ErrorNotice } from "../shell/Notice";
import { Link, navigate, useLocation } from "../shell/router";
import { useLoad } from "../shell/useLoad";
import { StatusBadge } from "./status";

const statuses = ["Pending", "Running", "Waiting", "Completed", "Faulted", "Cancelled"];

export default function RunsList() {
  const { query } = useLocation();
  const filters = { runbook: query.get("runbook") ?? "", status: query.get("status") ?? "", target: query.get("target") ?? "" };
  const qs = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
  const runs = useLoad((signal) => api.get<RunSummary[]>(`/api/runs${qs ? "?" + qs : ""}`, signal), [qs]);
  const runbooks = useLoad((signal) => api.get<RunbookDefinition[]>("/api/runbooks", signal), []);
  const targets = useLoad((signal) => api.get<Target[]>("/api/targets", signal), []);
  const reload = useRef(runs.reload);
  reload.current = runs.reload;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    return openStream("/api/events", {
      onStatus: () => {},
      onMessage: (m) => {
        if (m.event === "connected" || timer) return;
        timer = setTimeout(() => ((timer = undefined), reload.current()), 500);
      },
    });
  }, []);
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(qs);
    if (value) next.set(key, value);
    else next.delete(key);
    navigate(`/runs${next.toString() ? "?" + next : ""}`, true);
  };
  return (
    <div className="page">
      <div className="page-head">
        <h2>Runs</h2>
        <select aria-label="Runbook filter" value={filters.runbook} onChange={(e) => setFilter("runbook", e.target.value)}>
          <option value="">every runbook</option>
          {(runbooks.data ?? []).map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
        </select>
        <select aria-label="Status filter" value={filters.status} onChange={(e) => setFilter("status", e.target.value)}>
          <option value="">every status</option>
          {statuses.map((s) => <option key={s}>{s}</option>)}
        </select>
        <select aria-label="Target filter" value={filters.target} onChange={(e) => setFilter("target", e.target.value)}>
          <option value="">every target</option>
          {(targets.data ?? []).map((t) => <option key={t.name}>{t.name}</option>)}
        </select>
      </div>
      <ErrorNotice error={runs.error} onRetry={runs.reload} />
      <table className="list" data-testid="runs-list">
        <thead><tr><th>Run</th><th>Runbook</th><th>Status</th><th>Target</th><th>Started</th><th>Updated</th></tr></thead>
        <tbody>
          {(runs.data ?? []).map((r) => (
            <tr key={r.id}>
              <td><Link to={`/runs/${encodeURIComponent(r.id)}`}><code>{r.id}</code></Link></td>
              <td>{r.definitionId} v{String(r.version ?? r.definitionVersion ?? "")}</td>
              <td><StatusBadge status={r.status} /></td>
              <td>{r.target ?? ""}</td>
              <td>{r.createdAt ? new Date(r.createdAt).toLocaleString() : ""}</td>
              <td>{r.updatedAt ? new Date(r.updatedAt).toLocaleString() : ""}</td>
            </tr>
          ))}
          {runs.data?.length === 0 && <tr><td colSpan={6} className="hint">No runs{qs ? " match these filters" : " yet"}.</td></tr>}
        </tbody>
      </table>
    </div>
  );
}
