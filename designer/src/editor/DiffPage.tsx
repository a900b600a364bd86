// Two versions on one canvas: added activities green, removed red, changed amber; the changes listed beside.
import { useCallback, useMemo } from "react";
import { api, ApiError, enc } from "../api/client";
import type { RunbookDefinition } from "../api/types";
import { diffRunbooks, mergedForDiff } from "../graph/diff";
import { FlowCanvas } from "../graph/FlowCanvas";
import { autoLayout } from "../graph/layout";
import { useCatalog } from "../shell/catalog";
import { ErrorNotice } from "../shell/Notice";
import { Link } from "../shell/router";
import { useLoad } from "../shell/useLoad";

async function version(id: string, v: string | null, signal: AbortSignal): Promise<RunbookDefinition> {
  if (v === "draft") return api.get<RunbookDefinition>(`/api/runbooks/${enc(id)}/draft`, signal);
  if (!v) throw new ApiError("Pick two versions to compare (from and to).", 400);
  return api.get<RunbookDefinition>(`/api/runbooks/${enc(id)}?version=${enc(v)}`, signal);
}

export default function DiffPage({ id, from, to }: { id: string; from: string | null; to: string | null }) {
  const { catalog } = useCatalog();
  const both = useLoad(async (signal) => Promise.all([version(id, from, signal), version(id, to, signal)]), [id, from, to]);
  const [before, after] = both.data ?? [];
  const diff = useMemo(() => (before && after ? diffRunbooks(before, after) : null), [before, after]);
  const merged = useMemo(() => (before && after ? mergedForDiff(before, after) : null), [before, after]);
  const positions = useMemo(() => (merged ? autoLayout(merged) : new Map()), [merged]);
  const decorate = useCallback(
    (nodeId: string) => {
      if (!diff) return undefined;
      if (diff.added.includes(nodeId)) return { diff: "added" as const };
      if (diff.removed.includes(nodeId)) return { diff: "removed" as const };
      if (diff.changed.some((c) => c.id === nodeId)) return { diff: "changed" as const };
      return undefined;
    },
    [diff],
  );
  const edgeClass = useCallback((e: string) => (diff?.connectionsAdded.includes(e) ? "edge-added" : diff?.connectionsRemoved.includes(e) ? "edge-removed" : undefined), [diff]);
  if (both.error) return <ErrorNotice error={both.error} onRetry={both.reload} />;
  if (!merged || !diff) return <div className="loading">Comparing…</div>;
  return (
    <div className="run-view" data-testid="diff">
      <div className="toolbar">
        <Link to={`/runbooks/${enc(id)}`}>← {id}</Link>
        <b className="title">{from === "draft" ? "draft" : `version ${from}`} → {to === "draft" ? "draft" : `version ${to}`}</b>
        <span className="badge diff-added">added</span> <span className="badge diff-removed">removed</span> <span className="badge diff-changed">changed</span>
      </div>
      <div className="run-body">
        <div className="designer-center">
          <FlowCanvas definition={merged} catalog={catalog} positions={positions} decorate={decorate} decorationKey={diff} edgeClass={edgeClass} />
        </div>
        <aside className="side" data-testid="diff-list">
          <h3>Changes</h3>
          {diff.added.length + diff.removed.length + diff.changed.length + diff.connectionsAdded.length + diff.connectionsRemoved.length + diff.runbook.length === 0 && <p>No differences.</p>}
          <ul>
            {diff.runbook.map((k) => <li key={k}>runbook {k} changed</li>)}
            {diff.added.map((a) => <li key={a} className="diff-added">+ {a}</li>)}
            {diff.removed.map((a) => <li key={a} className="diff-removed">− {a}</li>)}
            {diff.changed.map((c) => <li key={c.id} className="diff-changed">~ {c.id}: {c.fields.join(", ")}</li>)}
            {diff.connectionsAdded.map((c) => <li key={c} className="diff-added">+ {c}</li>)}
            {diff.connectionsRemoved.map((c) => <li key={c} className="diff-removed">− {c}</li>)}
          </ul>
        </aside>
      </div>
    </div>
  );
}
