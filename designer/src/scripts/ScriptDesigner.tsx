// A script runbook (runbooks/*.csx) in the designer: its code, highlighted and editable by authors; validation as
// you type (errors as file:line:col, marked on their lines); save a draft, publish, start a run, versions.
import { useCallback, useEffect, useMemo, useState } from "react";
import { api, ApiError, enc } from "../api/client";
import type { RunbookDefinition, ValidationResponse, VersionSummary } from "../api/types";
import type { Opened } from "../editor/loadRunbook";
import { dropUnsaved, keepUnsaved, readUnsaved } from "../editor/unsaved";
import { StartRunDialog } from "../runs/StartRunDialog";
import { ErrorNotice } from "../shell/Notice";
import { Link, setLeaveGuard } from "../shell/router";
import { useSession } from "../shell/session";
import { errorLine } from "./lines";
import { ScriptCode } from "./ScriptCode";

export function ScriptDesigner({ opened, canEdit }: { opened: Opened; canEdit: boolean }) {
  const { can } = useSession();
  const script = opened.definition.script!;
  const storageKey = opened.definition.id;
  const [baseline, setBaseline] = useState(script.code);
  const [code, setCode] = useState(() => {
    const kept = canEdit ? readUnsaved(storageKey) : null;
    return kept && kept.base === script.code && kept.definition.script ? kept.definition.script.code : script.code;
  });
  const [source, setSource] = useState(opened.source);
  const [versions, setVersions] = useState<VersionSummary[]>(opened.versions);
  const [validation, setValidation] = useState<ValidationResponse | null>(null);
  const [message, setMessage] = useState<{ kind: "ok" | "error" | "info"; text: string } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const dirty = code !== baseline;
  const body = useMemo(() => ({ script: { file: script.file, code } }), [script.file, code]);

  useEffect(() => {
    if (!canEdit) return;
    if (dirty) keepUnsaved(storageKey, { ...opened.definition, script: { ...script, code } }, baseline);
    else dropUnsaved(storageKey);
  }, [canEdit, dirty, code, baseline, storageKey, opened.definition, script]);

  useEffect(() => {
    setLeaveGuard(() => (dirty ? "This script has unsaved changes (they stay in this browser until saved). Leave anyway?" : null));
    return () => setLeaveGuard(null);
  }, [dirty]);

  useEffect(() => {
    if (!canEdit) return;
    const timer = setTimeout(() => api.post<ValidationResponse>("/api/runbooks/validate", body).then(setValidation, setFailure), 400);
    return () => clearTimeout(timer);
  }, [body, canEdit]);

  const errorsByLine = useMemo(() => {
    const map = new Map<number, string[]>();
    for (const e of validation?.errors ?? []) {
      const line = errorLine(e.path);
      if (line !== undefined) map.set(line, [...(map.get(line) ?? []), e.reason]);
    }
    return map;
  }, [validation]);

  const save = useCallback(async () => {
    setFailure(null);
    try {
      const result = await api.put<ValidationResponse>(`/api/runbooks/${enc(opened.definition.id)}/draft`, body);
      setValidation(result);
      setBaseline(code);
      setSource("draft");
      dropUnsaved(storageKey);
      setMessage({ kind: result.valid ? "ok" : "error", text: result.valid ? "Draft saved." : `Draft saved with ${result.errors.length} problem(s) to fix before publishing.` });
      return result;
    } catch (e) {
      setFailure(e);
      return null;
    }
  }, [body, code, opened.definition.id, storageKey]);

  const publish = async () => {
    const result = dirty || source !== "draft" ? await save() : validation;
    if (!result) return;
    if (!result.valid) {
      setMessage({ kind: "error", text: `Publish refused: ${result.errors.length} problem(s) listed below must be fixed first.` });
      return;
    }
    try {
      const published = await api.post<RunbookDefinition>(`/api/runbooks/${enc(opened.definition.id)}/publish`);
      setVersions((v) => [...v, { id: published.id, version: published.version ?? 0, name: published.name }]);
      setSource("published");
      setMessage({ kind: "ok", text: `Published version ${published.version}.` });
    } catch (e) {
      if (e instanceof ApiError && e.status === 400) setMessage({ kind: "error", text: `Publish refused: ${e.message}` });
      else setFailure(e);
    }
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        if (canEdit) void save();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [canEdit, save]);

  const latest = versions.length ? versions[versions.length - 1].version : null;
  return (
    <div className="designer" data-testid="designer">
      <div className="toolbar">
        <Link to="/runbooks">← Runbooks</Link>
        <b className="title">{opened.definition.name}</b>
        <span className="badge">C# script · {script.file}</span>
        <span className="badge" data-testid="source">{source === "draft" ? "draft" : `version ${source === "published" ? latest : opened.definition.version}`}</span>
        {dirty && <span className="badge unsaved" data-testid="unsaved">unsaved</span>}
        {!canEdit && <span className="badge readonly" data-testid="read-only">read only</span>}
        {canEdit && (
          <>
            <button type="button" onClick={() => void save()} title="Save draft (Ctrl+S)">Save draft</button>
            <button type="button" onClick={() => void publish()}>Publish</button>
          </>
        )}
        {versions.length > 0 && <span className="hint">{versions.length} version(s), latest {latest}</span>}
        {can("operator") && versions.length > 0 && <button type="button" onClick={() => setStarting(true)}>Start run…</button>}
      </div>
      <ErrorNotice error={failure} />
      {message && <div className={`notice notice-${message.kind}`} role="status" data-testid="designer-message">{message.text}<button type="button" className="link" onClick={() => setMessage(null)}>×</button></div>}
      {!canEdit && <div className="notice notice-info">Read only: editing needs the author role.</div>}
      <div className="script-body">
        <div className="designer-center">
          <ScriptCode
            code={code}
            onChange={canEdit ? setCode : undefined}
            label={`Code of ${script.file}`}
            mark={(n) => {
              const errors = errorsByLine.get(n);
              return errors ? { className: "line-error", badge: `${errors.length} error${errors.length > 1 ? "s" : ""}`, title: errors.join("\n") } : undefined;
            }}
          />
          {validation && (
            <div className={`validation ${validation.errors.length ? "has-errors" : "ok"}`} data-testid="validation-list">
              {validation.errors.length === 0 ? (
                <span>✓ Valid: ready to publish.</span>
              ) : (
                <>
                  <b>{validation.errors.length} problem{validation.errors.length === 1 ? "" : "s"}</b> (a draft saves anyway; publishing needs none)
                  <ul>
                    {validation.errors.map((e, i) => (
                      <li key={i}><code>{e.path}</code>: {e.reason}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
        </div>
      </div>
      {starting && <StartRunDialog runbookId={opened.definition.id} onClose={() => setStarting(false)} />}
    </div>
  );
}
