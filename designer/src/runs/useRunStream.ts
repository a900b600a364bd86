// A run's live state from GET /api/runs/{id}/events: the snapshot, then journal lines and engine events. Lines
// are deduplicated by sequence number (each reconnect replays the journal) and applied once per animation frame,
// so a burst of events costs one render.
import { useEffect, useRef, useState } from "react";
import { openStream, type StreamStatus } from "../api/sse";
import type { JournalEntry, RunDetails } from "../api/types";
import { applyJournal, type NodeRunState } from "./nodeStates";
import { terminalStatuses } from "./status";

export interface RunStream {
  run: RunDetails | null;
  journal: JournalEntry[];
  states: Map<string, NodeRunState>;
  status: StreamStatus;
  detail?: string;
  /** Bumped on every applied batch. */
  tick: number;
  /** Bumped when a question is raised or answered, so the view reloads the open questions. */
  questionTick: number;
}

// A script's calls journal only when they end or wait; that one started comes as an engine event.
const scriptCall = /^L\d+\.\d+$/;

/** A started script call runs until its journal says otherwise (the event may arrive after that line: then it stays). */
export function markStarted(states: Map<string, NodeRunState>, id: string) {
  const current = states.get(id);
  if (!current || current.state === "pending") states.set(id, { state: "running", attempts: (current?.attempts ?? 0) + 1, retries: current?.retries ?? 0 });
}

export function useRunStream(runId: string, path = `/api/runs/${encodeURIComponent(runId)}/events`): RunStream {
  const [stream, setStream] = useState<RunStream>({ run: null, journal: [], states: new Map(), status: "connecting", tick: 0, questionTick: 0 });
  const pending = useRef<{ run?: RunDetails; lines: JournalEntry[]; started: string[] }>({ lines: [], started: [] });
  const lastSeq = useRef(0);
  const frame = useRef<number | null>(null);
  const finished = useRef(false);
  const latest = useRef<RunDetails | null>(null);
  latest.current = stream.run;

  useEffect(() => {
    const flush = () => {
      frame.current = null;
      const batch = pending.current;
      pending.current = { lines: [], started: [] };
      setStream((s) => {
        const states = new Map(s.states);
        for (const line of batch.lines) applyJournal(states, line);
        for (const id of batch.started) markStarted(states, id);
        return { ...s, run: batch.run ?? s.run, journal: batch.lines.length ? [...s.journal, ...batch.lines] : s.journal, states, tick: s.tick + 1 };
      });
    };
    const schedule = () => {
      if (frame.current === null) frame.current = requestAnimationFrame(flush);
    };
    const stop = openStream(path, {
      isFinished: () => finished.current,
      onStatus: (status, detail) => setStream((s) => ({ ...s, status, detail })),
      onMessage: (m) => {
        if (m.event === "state") {
          const run = JSON.parse(m.data) as RunDetails | null;
          if (run) {
            pending.current.run = run;
            finished.current = terminalStatuses.has(run.status);
          }
        } else if (m.event === "journal") {
          const line = JSON.parse(m.data) as JournalEntry;
          if (line.seq <= lastSeq.current) return;
          lastSeq.current = line.seq;
          pending.current.lines.push(line);
        } else if (m.event === "RunSuspended" || m.event === "RunResumed") {
          // The snapshot comes at connect and at the end; between them these keep the status true (buttons follow it).
          const current = pending.current.run ?? latest.current;
          if (!current) return;
          pending.current.run = { ...current, status: m.event === "RunSuspended" ? "Suspended" : "Running" };
        } else if (m.event === "ActivityStarted") {
          const started = JSON.parse(m.data) as { activityId?: string };
          if (!started.activityId || !scriptCall.test(started.activityId)) return;
          pending.current.started.push(started.activityId);
        } else {
          if (m.event === "QuestionRaised" || m.event === "QuestionAnswered") setStream((s) => ({ ...s, questionTick: s.questionTick + 1 }));
          return;
        }
        schedule();
      },
    });
    return () => {
      stop();
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    };
  }, [path]);
  return stream;
}
