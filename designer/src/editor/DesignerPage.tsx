// The designer: palette, canvas, property panel, validation, drafts, publishing and versions of one runbook.
import type { ReactFlowInstance } from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { api, ApiError, enc } from "../api/client";
import type { Position, RunbookDefinition, SecretInfo, Target, ValidationResponse, VersionSummary } from "../api/types";
import { addActivity, connect, copyFragment, fixPositions, moveActivities, parseFragment, pasteFragment, remove, renameActivity, updateActivity } from "../graph/edits";
import { FlowCanvas } from "../graph/FlowCanvas";
import { autoLayout } from "../graph/layout";
import { storedPosition, type ActivityNode, type ConnectionEdge } from "../graph/mapping";
import { scopeOf } from "../graph/scope";
import { StartRunDialog } from "../runs/StartRunDialog";
import { useCatalog } from "../shell/catalog";
import { ErrorNotice } from "../shell/Notice";
import { Link, setLeaveGuard } from "../shell/router";
import { useSession } from "../shell/session";
import { useLoad } from "../shell/useLoad";
import { ActivityProperties } from "./ActivityProperties";
import { isVCenterActivity, useLiveContext } from "../live/live";
import { LivePanel, LiveTargetPicker } from "../live/LivePanel";
import { SimulateDialog } from "../simulation/SimulateDialog";
import { useHistory } from "./history";
import { JsonView, parseRunbookJson } from "./JsonView";
import { newRunbook, openRunbook, type Opened } from "./loadRunbook";
import { DRAG_TYPE, Palette } from "./Palette";
import { RunbookProperties } from "./RunbookProperties";
import { dropUnsaved, keepUnsaved, readUnsaved } from "./unsaved";
import { errorsByActivity, placeErrors } from "./validation";
import { ValidationList } from "./ValidationList";
import { ScriptDesigner } from "../scripts/ScriptDesigner";

export default function DesignerPage({ id }: { id: string | null }) {
  const { can } = useSession();
  const canEdit = can("author");
  const loaded = useLoad<Opened>(
    async (signal) => (id === null ? { definition: newRunbook(), source: "new", versions: [] } : openRunbook(id, canEdit, signal)),
    [id, canEdit],
  );
  if (loaded.error) return <ErrorNotice error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <div className="loading">Opening {id}…</div>;
  performance.mark("vcr:runbook");
  if (loaded.data.definition.script) return <ScriptDesigner opened={loaded.data} canEdit={canEdit} />;
  return <Designer opened={loaded.data} canEdit={canEdit} />;
}

function Designer({ opened, canEdit }: { opened: Opened; canEdit: boolean }) {
  const { catalog, error: catalogError } = useCatalog();
  const { can } = useSession();
  const [source, setSource] = useState(opened.source);
  const [versions, setVersions] = useState(opened.versions);
  const [baseline, setBaseline] = useState(() => JSON.stringify(opened.definition));
  const history = useHistory(opened.definition);
  const { present: definition, commit } = history;
  const storageKey = source === "new" ? "new" : opened.definition.id;
  const dirty = JSON.stringify(definition) !== baseline;
  const [selected, setSelected] = useState<string[]>([]);
  const [view, setView] = useState<"graph" | "json">("graph");
  const [validation, setValidation] = useState<ValidationResponse | null>(null);
  const [message, setMessage] = useState<{ kind: "ok" | "error" | "info"; text: string } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<number | null>(null);
  const [restorable, setRestorable] = useState(() => readUnsaved(storageKey));
  const [starting, setStarting] = useState(false);
  const [simulating, setSimulating] = useState(false);
  const flow = useRef<ReactFlowInstance<ActivityNode, ConnectionEdge> | null>(null);
  const readOnly = !canEdit;

  // Unsaved edits left in this browser from the same starting point come back at once; from another, on request.
  useEffect(() => {
    if (restorable && restorable.base === baseline && JSON.stringify(restorable.definition) !== baseline) {
      commit(restorable.definition);
      setMessage({ kind: "info", text: `Restored unsaved changes kept in this browser (${new Date(restorable.savedAt).toLocaleString()}).` });
      setRestorable(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (readOnly) return;
    if (dirty) keepUnsaved(storageKey, definition, baseline);
    else dropUnsaved(storageKey);
  }, [definition, dirty, baseline, storageKey, readOnly]);

  useEffect(() => {
    setLeaveGuard(() => (dirty ? "This runbook has unsaved changes (they stay in this browser until saved). Leave anyway?" : null));
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty) e.preventDefault();
    };
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      setLeaveGuard(null);
      window.removeEventListener("beforeunload", beforeUnload);
    };
  }, [dirty]);

  // Validation follows the edits (authors only: the endpoint needs author).
  useEffect(() => {
    if (!canEdit) return;
    const timer = setTimeout(() => {
      api.post<ValidationResponse>("/api/runbooks/validate", definition).then(setValidation, (e) => setFailure(e));
    }, 400);
    return () => clearTimeout(timer);
  }, [definition, canEdit]);

  const placed = useMemo(() => placeErrors(definition, validation?.errors ?? []), [definition, validation]);
  const byActivity = useMemo(() => errorsByActivity(placed), [placed]);

  // Auto-layout for activities without a stored position; recomputed only when the structure changes.
  const structure = definition.activities.map((a) => a.id).join("\n") + "|" + (definition.connections ?? []).map((c) => `${c.from}>${c.to}`).join(",");
  const needsLayout = definition.activities.some((a) => !storedPosition(a));
  const positions = useMemo(() => (needsLayout ? autoLayout(definition) : new Map<string, Position>()), [structure, needsLayout]); // eslint-disable-line react-hooks/exhaustive-deps
  const currentPositions = useCallback(() => new Map((flow.current?.getNodes() ?? []).map((n) => [n.id, n.position])), []);

  const pickers = usePickers(can("admin"));
  // Live context: the target whose state the vCenter nodes show; by default the one tagged for this runbook (the demo's).
  const [liveChoice, setLiveChoice] = useState<string | null | undefined>(undefined);
  const suggestedTarget = pickers.all.find((t) => t.tags?.includes(`runbook:${definition.id}`))?.name ?? null;
  const liveTarget = liveChoice === undefined ? suggestedTarget : liveChoice;
  const { live, error: liveError } = useLiveContext(liveTarget);

  const save = useCallback(async (): Promise<ValidationResponse | null> => {
    setFailure(null);
    try {
      const result = await api.put<ValidationResponse>(`/api/runbooks/${enc(definition.id)}/draft`, definition);
      setValidation(result);
      setBaseline(JSON.stringify(definition));
      dropUnsaved(storageKey);
      setSource("draft");
      setMessage({ kind: "ok", text: result.valid ? "Draft saved." : `Draft saved with ${result.errors.length} problem(s) to fix before publishing.` });
      // A new runbook now has an address; the page stays as it is (no reload), only the URL follows.
      if (source === "new") window.history.replaceState(null, "", `/runbooks/${enc(definition.id)}`);
      return result;
    } catch (e) {
      setFailure(e);
      return null;
    }
  }, [definition, storageKey, source]);

  const publish = useCallback(async (force = false) => {
    setConflict(null);
    const result = dirty || source !== "draft" ? await save() : validation;
    if (!result) return;
    if (!result.valid) {
      setMessage({ kind: "error", text: `Publish refused: ${result.errors.length} problem(s) listed below must be fixed first.` });
      return;
    }
    try {
      const latest = await api.get<VersionSummary[]>(`/api/runbooks/${enc(definition.id)}/versions`);
      const known = versions.length ? versions[versions.length - 1].version : 0;
      const now = latest.length ? latest[latest.length - 1].version : 0;
      if (!force && now > known) {
        setVersions(latest);
        setConflict(now);
        return;
      }
      const published = await api.post<RunbookDefinition>(`/api/runbooks/${enc(definition.id)}/publish`);
      setVersions([...latest, { id: published.id, version: published.version ?? 0, name: published.name }]);
      history.reset(published);
      setBaseline(JSON.stringify(published));
      setSource("published");
      setMessage({ kind: "ok", text: `Published version ${published.version}.` });
    } catch (e) {
      if (e instanceof ApiError && e.status === 400 && e.body && typeof e.body === "object" && "errors" in e.body) {
        setMessage({ kind: "error", text: `Publish refused: ${e.message}` });
      } else setFailure(e);
    }
  }, [dirty, source, save, validation, definition.id, versions, history]);

  // Keyboard shortcuts and the clipboard (copy/paste as JSON), when the focus is not in a field.
  useEffect(() => {
    const inField = () => {
      const el = document.activeElement;
      return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
    };
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === "s") {
        e.preventDefault();
        if (canEdit) void save();
        return;
      }
      if (inField()) return;
      if (mod && e.key.toLowerCase() === "z" && !e.shiftKey) (e.preventDefault(), history.undo());
      else if (mod && (e.key.toLowerCase() === "y" || (e.key.toLowerCase() === "z" && e.shiftKey))) (e.preventDefault(), history.redo());
      else if (mod && e.key.toLowerCase() === "a" && view === "graph") {
        e.preventDefault();
        flow.current?.setNodes((ns) => ns.map((n) => ({ ...n, selected: true })));
        setSelected(definition.activities.map((a) => a.id));
      } else if (!mod && e.key.toLowerCase() === "f" && view === "graph") flow.current?.fitView({ duration: 200 });
    };
    const onCopy = (e: ClipboardEvent) => {
      if (inField() || selected.length === 0 || view !== "graph") return;
      e.preventDefault();
      e.clipboardData?.setData("text/plain", JSON.stringify(copyFragment(definition, new Set(selected), currentPositions()), null, 2));
      setMessage({ kind: "info", text: `Copied ${selected.length} activit${selected.length === 1 ? "y" : "ies"} as JSON.` });
    };
    const onPaste = (e: ClipboardEvent) => {
      if (inField() || !canEdit || view !== "graph") return;
      const fragment = parseFragment(e.clipboardData?.getData("text/plain") ?? "");
      e.preventDefault();
      if (!fragment) {
        setMessage({ kind: "error", text: "The clipboard does not hold VCRunbooks activities (copy some in a designer first)." });
        return;
      }
      const pasted = pasteFragment(fixPositions(definition, currentPositions()), fragment, { x: 40, y: 40 });
      commit(pasted.definition);
      setSelected(pasted.ids);
    };
    window.addEventListener("keydown", onKey);
    document.addEventListener("copy", onCopy);
    document.addEventListener("paste", onPaste);
    return () => {
      window.removeEventListener("keydown", onKey);
      document.removeEventListener("copy", onCopy);
      document.removeEventListener("paste", onPaste);
    };
  }, [definition, selected, view, canEdit, save, history, commit, currentPositions]);

  const selectedActivity = selected.length === 1 ? definition.activities.find((a) => a.id === selected[0]) : undefined;
  const liveOn = useCallback((activityId: string) => {
    const type = definition.activities.find((a) => a.id === activityId)?.type;
    return live && type && isVCenterActivity(catalog?.byType.get(type)) ? live : undefined;
  }, [definition, live, catalog]);
  const decorate = useCallback((activityId: string) => ({ errors: byActivity.get(activityId), live: liveOn(activityId) }), [byActivity, liveOn]);
  const decorationKey = useMemo(() => [byActivity, live], [byActivity, live]);
  const addAtCenter = (type: string) => {
    const center = flow.current?.screenToFlowPosition({ x: window.innerWidth / 2, y: window.innerHeight / 2 }) ?? { x: 0, y: 0 };
    const added = addActivity(fixPositions(definition, currentPositions()), type, center);
    commit(added.definition);
  };
  const importFile = async (file: File) => {
    const parsed = parseRunbookJson(await file.text());
    if (parsed.error) setMessage({ kind: "error", text: `Import of ${file.name} refused: ${parsed.error}` });
    else if (parsed.definition!.id !== definition.id && source !== "new") setMessage({ kind: "error", text: `Import refused: ${file.name} is runbook '${parsed.definition!.id}', this is '${definition.id}'. Open a new runbook to import it.` });
    else (commit(parsed.definition!), setMessage({ kind: "info", text: `Imported ${file.name}; save to keep it.` }));
  };

  return (
    <div className="designer" data-testid="designer">
      <div className="toolbar">
        <Link to="/runbooks">← Runbooks</Link>
        <b className="title">{definition.name}</b>
        <span className="badge" data-testid="source">{source === "draft" ? "draft" : source === "new" ? "new" : `version ${definition.version}`}</span>
        {dirty && <span className="badge unsaved" data-testid="unsaved">unsaved</span>}
        {readOnly && <span className="badge readonly" data-testid="read-only">read only</span>}
        {canEdit && (
          <>
            <button type="button" onClick={() => void save()} title="Save draft (Ctrl+S)">Save draft</button>
            <button type="button" onClick={() => void publish()}>Publish</button>
            <button type="button" onClick={history.undo} disabled={!history.canUndo} title="Undo (Ctrl+Z)">Undo</button>
            <button type="button" onClick={history.redo} disabled={!history.canRedo} title="Redo (Ctrl+Y)">Redo</button>
            <button type="button" onClick={() => commit(moveActivities(definition, autoLayout(definition)))}>Auto-layout</button>
          </>
        )}
        <button type="button" onClick={() => flow.current?.fitView({ duration: 200 })} title="Zoom to fit (F)">Fit</button>
        <button type="button" onClick={() => setView(view === "graph" ? "json" : "graph")}>{view === "graph" ? "JSON" : "Graph"}</button>
        {canEdit && (
          <label className="button">
            Import
            <input type="file" accept=".json,application/json" hidden onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])} />
          </label>
        )}
        <button type="button" onClick={() => download(definition)}>Export</button>
        {versions.length > 0 && <VersionsMenu id={definition.id} versions={versions} />}
        {can("operator") && versions.length > 0 && <button type="button" onClick={() => setStarting(true)}>Start run…</button>}
        {can("operator") && versions.length > 0 && <button type="button" onClick={() => setSimulating(true)} title="Run the published version against a throwaway simulated appliance">Simulate…</button>}
        <LiveTargetPicker targets={pickers.targets} value={liveTarget} onChange={setLiveChoice} />
      </div>
      {catalogError ? <ErrorNotice error={catalogError} /> : null}
      <ErrorNotice error={failure} />
      {message && <div className={`notice notice-${message.kind}`} role="status" data-testid="designer-message">{message.text}<button type="button" className="link" onClick={() => setMessage(null)}>×</button></div>}
      {conflict !== null && (
        <div className="notice notice-error" role="alert">
          Version {conflict} was published by someone else after you opened this runbook. <Link to={`/runbooks/${enc(definition.id)}/diff?from=${conflict}&to=draft`}>See what differs</Link>{" "}
          <button type="button" onClick={() => void publish(true)}>Publish mine anyway</button> <button type="button" onClick={() => setConflict(null)}>Cancel</button>
        </div>
      )}
      {restorable && JSON.stringify(restorable.definition) !== baseline && (
        <div className="notice notice-info" role="status">
          This browser keeps unsaved changes of this runbook from {new Date(restorable.savedAt).toLocaleString()}, made on another version.{" "}
          <button type="button" onClick={() => (commit(restorable.definition), setRestorable(null))}>Restore them</button>{" "}
          <button type="button" onClick={() => (dropUnsaved(storageKey), setRestorable(null))}>Discard</button>
        </div>
      )}
      {readOnly && <div className="notice notice-info">Read only: editing needs the author role.</div>}
      <div className="designer-body">
        {canEdit && catalog && <Palette activities={catalog.all} onAdd={addAtCenter} />}
        <div className="designer-center">
          {view === "graph" ? (
            <FlowCanvas
              definition={definition}
              catalog={catalog}
              positions={positions}
              decorate={decorate}
              decorationKey={decorationKey}
              editable={canEdit}
              dropType={DRAG_TYPE}
              onInit={(f) => (flow.current = f)}
              onSelectionChange={setSelected}
              onMoved={(moved, all) => commit((d) => moveActivities(fixPositions(d, all), moved))}
              onConnect={(from, outcome, to) => commit((d) => connect(d, from, outcome, to))}
              onDelete={(nodes, edges) => commit((d) => remove(d, nodes, edges))}
              onDrop={(type, position) => {
                const added = addActivity(fixPositions(definition, currentPositions()), type, position);
                commit(added.definition);
              }}
            />
          ) : (
            <JsonView definition={definition} readOnly={readOnly} onApply={commit} />
          )}
          <ValidationList errors={placed} checked={validation !== null} onPick={(a) => (setSelected([a]), flow.current?.setNodes((ns) => ns.map((n) => ({ ...n, selected: n.id === a }))))} />
        </div>
        <aside className="side">
          {selectedActivity ? (
            <>
            <ActivityProperties
              key={selectedActivity.id}
              definition={definition}
              activity={selectedActivity}
              descriptor={catalog?.byType.get(selectedActivity.type)}
              errors={byActivity.get(selectedActivity.id) ?? []}
              scope={scopeOf(definition, selectedActivity.id, catalog)}
              pickers={pickers}
              readOnly={readOnly}
              onChange={(next) => commit((d) => updateActivity(d, selectedActivity.id, () => next))}
              onRename={(to) => {
                if (to === selectedActivity.id) return;
                if (definition.activities.some((a) => a.id === to)) setMessage({ kind: "error", text: `An activity '${to}' exists already.` });
                else (commit((d) => renameActivity(d, selectedActivity.id, to)), setSelected([to]));
              }}
            />
            {isVCenterActivity(catalog?.byType.get(selectedActivity.type)) && <LivePanel target={liveTarget} live={live} error={liveError} />}
            </>
          ) : selected.length > 1 ? (
            <div className="properties"><h3>{selected.length} activities selected</h3><p className="hint">Copy (Ctrl+C), delete (Del) or drag them together.</p></div>
          ) : (
            <RunbookProperties definition={definition} isNew={source === "new"} readOnly={readOnly} errors={placed} onChange={commit} />
          )}
        </aside>
      </div>
      {starting && <StartRunDialog runbookId={definition.id} onClose={() => setStarting(false)} />}
      {simulating && <SimulateDialog runbookId={definition.id} onClose={() => setSimulating(false)} />}
    </div>
  );
}

function VersionsMenu({ id, versions }: { id: string; versions: VersionSummary[] }) {
  return (
    <details className="menu">
      <summary>Versions ({versions.length})</summary>
      <ul data-testid="versions">
        {[...versions].reverse().map((v, i, all) => (
          <li key={v.version}>
            version {v.version}
            {i < all.length - 1 && (
              <> · <Link to={`/runbooks/${enc(id)}/diff?from=${all[i + 1].version}&to=${v.version}`}>diff with {all[i + 1].version}</Link></>
            )}
          </li>
        ))}
        <li>
          <Link to={`/runbooks/${enc(id)}/diff?from=${versions[versions.length - 1].version}&to=draft`}>diff latest with draft</Link>
        </li>
      </ul>
    </details>
  );
}

function usePickers(isAdmin: boolean) {
  const targets = useLoad((signal) => api.get<Target[]>("/api/targets", signal), []);
  const secrets = useLoad((signal) => (isAdmin ? api.get<SecretInfo[]>("/api/secrets", signal) : Promise.resolve(null)), [isAdmin]);
  return useMemo(
    () => ({ all: targets.data ?? [], targets: (targets.data ?? []).map((t) => t.name), secrets: secrets.data ? secrets.data.map((s) => s.name) : null }),
    [targets.data, secrets.data],
  );
}

function download(definition: RunbookDefinition) {
  const blob = new Blob([JSON.stringify(definition, null, 2) + "\n"], { type: "application/json" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = `${definition.id}.json`;
  a.click();
  URL.revokeObjectURL(a.href);
}
