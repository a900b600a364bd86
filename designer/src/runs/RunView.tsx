// One run: the graph with each node's live state, the journal streaming, a node's lines and outputs, cancel and retry.
import { useCallback, useMemo, useState } from "react";
import { api, enc } from "../api/client";
import type { Question, RunbookDefinition } from "../api/types";
import { FlowCanvas } from "../graph/FlowCanvas";
import { autoLayout } from "../graph/layout";
import { storedPosition } from "../graph/mapping";
import { useCatalog } from "../shell/catalog";
import { ErrorNotice } from "../shell/Notice";
import { Link } from "../shell/router";
import { useSession } from "../shell/session";
import { useLoad } from "../shell/useLoad";
import { AnswerButtons } from "./QuestionsInbox";
import { StatusBadge, terminalStatuses } from "./status";
import { useRunStream } from "./useRunStream";

const PENDING = { state: "pending", attempts: 0, retries: 0 } as const;

const streamLabels = { connecting: "connecting…", live: "live", reconnecting: "connection lost: reconnecting and catching up…", ended: "finished", unauthorized: "not allowed", missing: "no such run" };

export default function RunView({ id }: { id: string }) {
  const { can } = useSession();
  const { catalog } = useCatalog();
  const stream = useRunStream(id);
  const run = stream.run;
  const definition = useLoad(
    (signal) => (run ? api.get<RunbookDefinition>(`/api/runbooks/${enc(run.definitionId)}?version=${run.version ?? run.definitionVersion}`, signal) : Promise.resolve(null)),
    [run?.definitionId, run?.version],
  );
  const questions = useLoad((signal) => api.get<Question[]>(`/api/questions?take=1000`, signal), [stream.questionTick]);
  const [selected, setSelected] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const def = definition.data;
  const positions = useMemo(() => (def && def.activities.some((a) => !storedPosition(a)) ? autoLayout(def) : new Map()), [def]);
  const decorate = useCallback((nodeId: string) => {
    return { runState: stream.states.get(nodeId) ?? PENDING };
  }, [stream.states]);

  const act = async (what: "cancel" | "retry") => {
    setActionError(null);
    try {
      await api.post(`/api/runs/${enc(id)}/${what}`);
    } catch (e) {
      setActionError(e);
    }
  };
  const open = (questions.data ?? []).filter((q) => q.runId === id);
  const lines = selected ? stream.journal.filter((l) => l.activityId === selected) : stream.journal;
  const outputs = selected && run?.outputs ? (run.outputs as Record<string, unknown>)[selected] : undefined;
  return (
    <div className="run-view" data-testid="run-view">
      <div className="toolbar">
        <Link to="/runs">← Runs</Link>
        <b className="title">Run <code>{id}</code></b>
        {run && <StatusBadge status={run.status} />}
        {run && <span>{run.definitionId} v{String(run.version ?? "")}{run.target ? ` on ${run.target}` : ""}</span>}
        <span className={`stream stream-${stream.status}`} data-testid="stream-status">{streamLabels[stream.status]}</span>
        {can("operator") && run && !terminalStatuses.has(run.status) && <button type="button" onClick={() => void act("cancel")}>Cancel run</button>}
        {can("operator") && run?.status === "Faulted" && <button type="button" onClick={() => void act("retry")}>Retry from the failed step</button>}
      </div>
      <ErrorNotice error={actionError ?? definition.error} />
      {stream.status === "missing" && <div className="notice notice-error" role="alert">{stream.detail}</div>}
      {stream.status === "unauthorized" && <div className="notice notice-auth">{stream.detail} Sign in with a key that may read runs.</div>}
      {run?.error && <div className="notice notice-error">Run error: {run.error}</div>}
      {open.map((q) => (
        <div key={q.id} className="notice notice-info" data-testid="run-question">
          <b>{q.details?.text}</b> <AnswerButtons question={q} onAnswered={questions.reload} />
        </div>
      ))}
      <div className="run-body">
        <div className="designer-center">
          {def ? (
            <FlowCanvas definition={def} catalog={catalog} positions={positions} decorate={decorate} decorationKey={stream.tick}
              onSelectionChange={(ids) => setSelected(ids[0] ?? null)} />
          ) : (
            <div className="loading">Loading the runbook…</div>
          )}
        </div>
        <aside className="side journal-side">
          <h3>{selected ? <>Activity <code>{selected}</code> <button type="button" className="link" onClick={() => setSelected(null)}>whole journal</button></> : "Journal"}</h3>
          {outputs !== undefined && (
            <>
              <h4>Outputs</h4>
              <pre className="outputs">{JSON.stringify(outputs, null, 2)}</pre>
            </>
          )}
          <ol className="journal" data-testid="journal">
            {lines.slice(-500).map((l) => (
              <li key={l.seq} className={`journal-${l.kind}`}>
                <span className="hint">{l.at ? new Date(l.at).toLocaleTimeString() : ""}</span> {l.activityId && <code>{l.activityId}</code>} {l.message}
              </li>
            ))}
          </ol>
        </aside>
      </div>
    </div>
  );
}
