// Undo and redo: one snapshot of the definition per finished change.
import { useCallback, useState } from "react";
import type { RunbookDefinition } from "../api/types";

export const HISTORY_LIMIT = 200;

export interface History {
  past: RunbookDefinition[];
  present: RunbookDefinition;
  future: RunbookDefinition[];
}

export function commitTo(h: History, next: RunbookDefinition): History {
  if (next === h.present) return h;
  return { past: [...h.past, h.present].slice(-HISTORY_LIMIT), present: next, future: [] };
}

export function undoOf(h: History): History {
  if (h.past.length === 0) return h;
  return { past: h.past.slice(0, -1), present: h.past[h.past.length - 1], future: [h.present, ...h.future] };
}

export function redoOf(h: History): History {
  if (h.future.length === 0) return h;
  return { past: [...h.past, h.present], present: h.future[0], future: h.future.slice(1) };
}

export function useHistory(initial: RunbookDefinition) {
  const [history, setHistory] = useState<History>({ past: [], present: initial, future: [] });
  const commit = useCallback((change: RunbookDefinition | ((d: RunbookDefinition) => RunbookDefinition)) => {
    setHistory((h) => commitTo(h, typeof change === "function" ? change(h.present) : change));
  }, []);
  const undo = useCallback(() => setHistory(undoOf), []);
  const redo = useCallback(() => setHistory(redoOf), []);
  const reset = useCallback((d: RunbookDefinition) => setHistory({ past: [], present: d, future: [] }), []);
  return { ...history, commit, undo, redo, reset, canUndo: history.past.length > 0, canRedo: history.future.length > 0 };
}
