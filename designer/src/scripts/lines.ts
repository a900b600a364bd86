// Script lines: a run's progress by line, and the line a validation error names.
// Progress of a script run by line: its calls' journal ids are L<line>.<call> (Log lines L<line>), so each line's
// state is folded from the states of the calls made on it.
import type { JournalEntry } from "../api/types";
import type { NodeRunState } from "../runs/nodeStates";

export type LineRunState = "running" | "waiting" | "faulted" | "completed" | "logged";

export interface LineState {
  state: LineRunState;
  /** Calls made on the line (a loop makes several). */
  calls: number;
  retries: number;
}

const lineId = /^L(\d+)(?:\.(\d+))?$/;

/** The script line a journal activity id names (L24.1, a call; L24, a log line), if it names one. */
export function lineOf(activityId: string | null | undefined): number | undefined {
  const m = activityId ? lineId.exec(activityId) : null;
  return m ? Number(m[1]) : undefined;
}

// The line shows what most needs a look: a failure first, then what is in progress, then what is done.
const rank: Record<LineRunState, number> = { faulted: 5, running: 4, waiting: 3, completed: 2, logged: 1 };

export function lineStates(calls: Map<string, NodeRunState>, journal: JournalEntry[]): Map<number, LineState> {
  const lines = new Map<number, LineState>();
  const put = (line: number, state: LineRunState, call: boolean, retries: number) => {
    const current = lines.get(line);
    if (!current) lines.set(line, { state, calls: call ? 1 : 0, retries });
    else lines.set(line, { state: rank[state] > rank[current.state] ? state : current.state, calls: current.calls + (call ? 1 : 0), retries: current.retries + retries });
  };
  for (const [id, s] of calls) {
    const line = lineOf(id);
    if (line === undefined || !id.includes(".") || s.state === "pending" || s.state === "compensated") continue;
    put(line, s.state, true, s.retries);
  }
  for (const entry of journal) {
    if (entry.kind !== "log") continue;
    const line = lineOf(entry.activityId);
    if (line !== undefined) put(line, "logged", false, 0);
  }
  return lines;
}

/** The journal lines of one script line: its calls' lines and its log lines. */
export function journalOfLine(journal: JournalEntry[], line: number): JournalEntry[] {
  return journal.filter((e) => lineOf(e.activityId) === line);
}

/** The line of an error path like "runbooks/patching.csx:44:13" (undefined when it names no line). */
export function errorLine(path: string): number | undefined {
  const m = /\.csx:(\d+)(?::\d+)?$/.exec(path);
  return m ? Number(m[1]) : undefined;
}
