// Each node's live state, folded from the run's journal (the stream replays it on every connect, so a
// reconnect catches up by the same path).
import type { JournalEntry } from "../api/types";

export interface NodeRunState {
  state: "pending" | "running" | "waiting" | "completed" | "faulted" | "compensated";
  attempts: number;
  retries: number;
}

const compensating = /^Compensating '([^']+)'/;

/** Applies one journal line to the states; answers the id of the node it changed, if any. */
export function applyJournal(states: Map<string, NodeRunState>, entry: JournalEntry): string | undefined {
  if (entry.kind === "compensation") {
    const m = compensating.exec(entry.message ?? "");
    if (m) {
      const s = states.get(m[1]);
      states.set(m[1], { ...(s ?? { attempts: 0, retries: 0 }), state: "compensated" });
      return m[1];
    }
    return undefined;
  }
  const id = entry.activityId;
  if (!id) return undefined;
  const current = states.get(id) ?? { state: "pending", attempts: 0, retries: 0 };
  let next: NodeRunState | undefined;
  switch (entry.kind) {
    case "activity-started":
      next = { ...current, state: "running", attempts: current.attempts + 1 };
      break;
    case "activity-suspended":
      next = { ...current, state: "waiting" };
      break;
    case "resumed":
      next = { ...current, state: "running" };
      break;
    case "activity-completed":
      next = { ...current, state: "completed" };
      break;
    case "activity-faulted":
      // "; retrying at" marks an attempt that will be retried: the node counts it and waits for the timer.
      next = /retrying at/.test(entry.message ?? "") ? { ...current, state: "waiting", retries: current.retries + 1 } : { ...current, state: "faulted" };
      break;
    default:
      return undefined;
  }
  states.set(id, next);
  return id;
}
