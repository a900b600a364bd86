// One run: the graph with each node's live state, the journal streaming, a node's lines and outputs, cancel and retry.
import { useCallback, useMemo, useState } from "react";
import { api, enc } from "../api/client";
import type { Question, RunbookDefinition, RunDetails, RunSummary, VersionSummary } from "../api/types";
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
import { journalOfLine, lineOf, lineStates } from "../scripts/lines";
import { ScriptCode } from "../scripts/ScriptCode";
import { isVCenterActivity, useLiveContext } from "../live/live";
import { LivePanel } from "../live/LivePanel";
import { isSimulation } from "../simulation/simulation";

const PENDING = { state: "pending", attempts: 0, retries: 0 } as const;
const SKIPPED = { state: "skipped", attempts: 0, retries: 0 } as const;

const streamLabels = { connecting: "connecting…", live: "live", reconnecting: "connection lost: reconnecting and catching up…", ended: "finished", unauthorized: "not allowed", missing: "no such run" };

export default function RunView({ id }: { id: string }) {
  const { can } = useSession();
  const { catalog } = useCatalog();
  const stream = useRunStream(id);
  const run = stream.run;
  // A script run moved to another version (here, or by someone else: its journal says "upgraded") shows that version's code.
  const [movedTo, setMovedTo] = useState<number | null>(null);
  const runVersion = movedTo ?? run?.version ?? run?.definitionVersion;
  const definition = useLoad(
    (signal) => (run ? api.get<RunbookDefinition>(`/api/runbooks/${enc(run.definitionId)}?version=${runVersion}`, signal) : Promise.resolve(null)),
    [run?.definitionId, runVersion],
  );
  const questions = useLoad((signal) => api.get<Question[]>(`/api/questions?take=1000`, signal), [stream.questionTick]);
  const [selected, setSelected] = useState<string | null>(null);
  const [selectedLine, setSelectedLine] = useState<number | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const def = definition.data;
  const positions = useMemo(() => (def && def.activities.some((a) => !storedPosition(a)) ? autoLayout(def) : new Map()), [def]);
  // Live context of the run's target on its vCenter nodes (a simulation's throwaway appliance too).
  const { live, error: liveError } = useLiveContext(run?.target);
  const ended = !!run && terminalStatuses.has(run.status);
  const decorate = useCallback((nodeId: string) => {
    const type = def?.activities.find((a) => a.id === nodeId)?.type;
    const onVCenter = live && type && isVCenterActivity(catalog?.byType.get(type)) ? live : undefined;
    // Once the run has ended, a node it never reached is shown as such: the path taken stands out.
    return { runState: stream.states.get(nodeId) ?? (ended ? SKIPPED : PENDING), live: onVCenter };
  }, [stream.states, ended, def, live, catalog]);

  const act = async (what: "cancel" | "retry") => {
    setActionError(null);
    try {
      await api.post(`/api/runs/${enc(id)}/${what}`);
    } catch (e) {
      setActionError(e);
    }
  };
  const open = (questions.data ?? []).filter((q) => q.runId === id);
  const script = def?.script ?? null;
  const versions = useLoad(
    (signal) => (script && run ? api.get<VersionSummary[]>(`/api/runbooks/${enc(run.definitionId)}/versions`, signal) : Promise.resolve(null)),
    [script !== null, run?.definitionId, stream.tick > 0 && run?.status],
  );
  const [upgradeTo, setUpgradeTo] = useState<number | null>(null);
  const [upgraded, setUpgraded] = useState<string | null>(null);
  const upgrade = async (version: number) => {
    setActionError(null);
    setUpgraded(null);
    try {
      const moved = await api.post<RunDetails>(`/api/runs/${enc(id)}/upgrade`, { version });
      setUpgraded(`Moved to version ${moved.version}: its next step replays the calls made so far against the new code (a change to those stops the run naming the line).`);
      setUpgradeTo(null);
      setMovedTo(moved.version ?? version);
    } catch (e) {
      setActionError(e);
    }
  };
  const otherVersions = (versions.data ?? []).map((v) => v.version).filter((v) => v !== runVersion);
  // Child runs (RunRunbook), refreshed as the run goes on: listed by the runbook they run, kept when this run is their parent.
  const usesChildren = !!def && (def.activities.some((a) => a.type === "RunRunbook") || /\bRunRunbook\s*\(/.test(def.script?.code ?? ""));
  const milestones = usesChildren ? stream.journal.reduce((n, l) => (l.kind === "activity-suspended" || l.kind === "activity-completed" || l.kind === "activity-faulted" ? n + 1 : n), 0) : 0;
  const children = useLoad(
    (signal) => (usesChildren ? api.get<RunSummary[]>(`/api/runs?parent=${enc(id)}&take=1000`, signal) : Promise.resolve([])),
    [usesChildren, id, milestones, run?.status],
  );
  const selectedActivity = selected ? def?.activities.find((a) => a.id === selected) : undefined;
  const childDefinition = selectedActivity?.type === "RunRunbook" ? selectedActivity.inputs?.DefinitionId : undefined;
  const shownChildren = (children.data ?? []).filter((c) => (selectedActivity ? selectedActivity.type === "RunRunbook" && (typeof childDefinition !== "string" || c.definitionId === childDefinition) : true));
  const byLine = useMemo(() => (script ? lineStates(stream.states, stream.journal) : null), [script, stream.states, stream.journal]);
  const lines = script && selectedLine !== null ? journalOfLine(stream.journal, selectedLine) : selected ? stream.journal.filter((l) => l.activityId === selected) : stream.journal;
  const outputs = selected && run?.outputs ? (run.outputs as Record<string, unknown>)[selected] : undefined;
  return (
    <div className="run-view" data-testid="run-view">
      <div className="toolbar">
        <Link to="/runs">← Runs</Link>
        <b className="title">Run <code>{id}</code></b>
        {run && <StatusBadge status={run.status} />}
        {run && <span>{run.definitionId} v{String(runVersion ?? "")}{run.target ? ` on ${run.target}` : ""}</span>}
        {typeof run?.parentRunId === "string" && <span data-testid="parent-run"><Link to={`/runs/${enc(run.parentRunId)}`} title="The run that started this one">↑ parent run</Link></span>}
        <span className={`stream stream-${stream.status}`} data-testid="stream-status">{streamLabels[stream.status]}</span>
        {can("operator") && run && !terminalStatuses.has(run.status) && <button type="button" onClick={() => void act("cancel")}>Cancel run</button>}
        {can("operator") && run?.status === "Faulted" && <button type="button" onClick={() => void act("retry")}>Retry from the failed step</button>}
        {can("operator") && script && run?.status === "Suspended" && otherVersions.length > 0 && (
          <span className="upgrade" data-testid="upgrade">
            <label>
              Move to version{" "}
              <select aria-label="Version to move to" value={upgradeTo ?? ""} onChange={(e) => setUpgradeTo(e.target.value ? Number(e.target.value) : null)}>
                <option value="">choose…</option>
                {otherVersions.map((v) => <option key={v} value={v}>{v}</option>)}
              </select>
            </label>{" "}
            <button type="button" disabled={upgradeTo === null} onClick={() => upgradeTo !== null && void upgrade(upgradeTo)}>Upgrade run</button>
          </span>
        )}
      </div>
      <ErrorNotice error={actionError ?? definition.error} />
      {upgraded && <div className="notice notice-ok" role="status" data-testid="upgraded">{upgraded}</div>}
      {stream.status === "missing" && <div className="notice notice-error" role="alert">{stream.detail}</div>}
      {stream.status === "unauthorized" && <div className="notice notice-auth">{stream.detail} Sign in with a key that may read runs.</div>}
      {isSimulation(run?.target) && (
        <div className="notice simulation-banner" role="status" data-testid="simulation-banner">
          Simulation on a throwaway appliance of the embedded simulator ({run!.target}): no real vCenter is touched.
          {ended ? " Nodes it never reached are dimmed." : ""}
        </div>
      )}
      {run?.error && <div className="notice notice-error">Run error: {run.error}</div>}
      {open.map((q) => (
        <div key={q.id} className="notice notice-info" data-testid="run-question">
          <b>{q.details?.text}</b> <AnswerButtons question={q} onAnswered={questions.reload} />
        </div>
      ))}
      <div className="run-body">
        <div className="designer-center">
          {def && script ? (
            <ScriptCode
              code={script.code}
              selectedLine={selectedLine}
              onLineClick={(n) => setSelectedLine(n === selectedLine ? null : n)}
              mark={(n) => {
                const s = byLine?.get(n);
                if (!s) return undefined;
                const detail = s.calls > 1 ? ` · ${s.calls} calls` : "";
                return { className: `line-${s.state}`, badge: s.state + (s.retries ? ` ·${s.retries}↻` : ""), title: `Line ${n}: ${s.state}${detail}${s.retries ? ` · retried ${s.retries}` : ""}` };
              }}
            />
          ) : def ? (
            <FlowCanvas definition={def} catalog={catalog} positions={positions} decorate={decorate} decorationKey={`${stream.tick}|${ended}|${live?.readAt ?? ""}`}
              onSelectionChange={(ids) => setSelected(ids[0] ?? null)} />
          ) : (
            <div className="loading">Loading the runbook…</div>
          )}
        </div>
        <aside className="side journal-side">
          <h3>{script && selectedLine !== null ? <>Line {selectedLine} <button type="button" className="link" onClick={() => setSelectedLine(null)}>whole journal</button></> : selected ? <>Activity <code>{selected}</code> <button type="button" className="link" onClick={() => setSelected(null)}>whole journal</button></> : "Journal"}</h3>
          {shownChildren.length > 0 && (
            <>
              <h4>Child runs</h4>
              <ul className="child-runs" data-testid="child-runs">
                {shownChildren.map((c) => (
                  <li key={c.id}>
                    <Link to={`/runs/${enc(c.id)}`}>{c.definitionId}{c.target ? ` on ${c.target}` : ""}</Link> <StatusBadge status={c.status} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {selectedActivity && isVCenterActivity(catalog?.byType.get(selectedActivity.type)) && run?.target && <LivePanel target={run.target} live={live} error={liveError} />}
          {outputs !== undefined && (
            <>
              <h4>Outputs</h4>
              <pre className="outputs">{JSON.stringify(outputs, null, 2)}</pre>
            </>
          )}
          <ol className="journal" data-testid="journal">
            {lines.slice(-500).map((l) => (
              <li key={l.seq} className={`journal-${l.kind}`}>
                <span className="hint">{l.at ? new Date(l.at).toLocaleTimeString() : ""}</span>{" "}
                {l.activityId && (script && lineOf(l.activityId) !== undefined ? (
                  <button type="button" className="link" onClick={() => setSelectedLine(lineOf(l.activityId)!)} title="Show this line"><code>{l.activityId}</code></button>
                ) : <code>{l.activityId}</code>)}{" "}
                {l.message}
              </li>
            ))}
          </ol>
        </aside>
      </div>
    </div>
  );
}
