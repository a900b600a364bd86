// Live context on vCenter nodes: what the chosen target is doing right now (GET /api/targets/{name}/live), shown on
// every vCenter node and in the property panel. The server reads a target once per 10 s for every caller.
import { useEffect, useState } from "react";
import { api, enc } from "../api/client";
import type { ActivityDescriptor } from "../api/types";

export interface LiveJob {
  kind: "update" | "backup" | string;
  operation: string;
  status: string;
  percent: number;
  message?: string | null;
}

export interface LiveContext {
  target: string;
  /** ok, unreachable, credentials or error; message says why when not ok. */
  status: "ok" | "unreachable" | "credentials" | "error" | string;
  message?: string | null;
  readAt: string;
  version?: string | null;
  build?: string | null;
  product?: string | null;
  health?: string | null;
  updateState?: string | null;
  pendingUpdates: string[];
  job?: LiveJob | null;
}

/** How often an open view reads the target again (the server caches for 10 s, so this never adds load). */
export const LIVE_REFRESH_MS = 15_000;

/** The activities that act on a vCenter: the catalog's vCenter categories. */
export function isVCenterActivity(descriptor: ActivityDescriptor | undefined): boolean {
  return !!descriptor && /^vCenter\b/.test(descriptor.category);
}

/** One line for the node: version, health, pending updates, and a running job's progress. */
export function liveSummary(live: LiveContext): string {
  if (live.status !== "ok") return live.status === "credentials" ? "login refused" : live.status;
  const parts = [live.version ?? "?", live.health ?? "?"];
  if (live.job) parts.push(`${live.job.kind} ${live.job.percent}%`);
  else if (live.pendingUpdates.length > 0) parts.push(`${live.pendingUpdates.length} update${live.pendingUpdates.length > 1 ? "s" : ""}`);
  return parts.join(" · ");
}

/** The class a node's live chip gets: its health, or the failure. */
export function liveTone(live: LiveContext): string {
  return live.status === "ok" ? `live-${live.health ?? "gray"}` : "live-down";
}

/** Reads one target's live context, again every LIVE_REFRESH_MS while mounted; null target reads nothing. */
export function useLiveContext(target: string | null | undefined): { live: LiveContext | null; error: unknown } {
  const [state, setState] = useState<{ live: LiveContext | null; error: unknown }>({ live: null, error: null });
  useEffect(() => {
    setState({ live: null, error: null });
    if (!target) return;
    const abort = new AbortController();
    const read = () =>
      api.get<LiveContext>(`/api/targets/${enc(target)}/live`, abort.signal).then(
        (live) => !abort.signal.aborted && setState({ live, error: null }),
        (error) => !abort.signal.aborted && setState({ live: null, error }),
      );
    void read();
    const timer = setInterval(read, LIVE_REFRESH_MS);
    return () => (abort.abort(), clearInterval(timer));
  }, [target]);
  return state;
}
