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

export function useRunStream(runId: string, path = `/api/runs/${encodeURIComponent(runId)}/events`): RunStream {
  const [stream, setStream] = useState<RunStream>({ run: null, journal: [], states: new Map(), status: "connecting", tick: 0, questionTick: 0 });
  const pending = useRef<{ run?: RunDetails; lines: JournalEntry[] }>({ lines: [] });
  const lastSeq = useRef(0);
  const frame = useRef<number | null>(null);
  const finished = useRef(false);

  useEffect(() => {
    const flush = () => {
      frame.current = null;
      const batch = pending.current;
      pending.current = { lines: [] };
      setStream((s) => {
        const states = new Map(s.states);
        for (const line of batch.lines) applyJournal(states, line);
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
