// Every runbook: latest published version and whether a draft waits, searchable.
import { useMemo, useState } from "react";
import { api, enc } from "../api/client";
import type { DraftSummary, RunbookDefinition } from "../api/types";
import { ErrorNotice } from "../shell/Notice";
import { Link } from "../shell/router";
import { useSession } from "../shell/session";
import { useLoad } from "../shell/useLoad";

interface Row {
  id: string;
  name: string;
  version?: number;
  draft?: DraftSummary;
}

export function RunbookList() {
  const { can } = useSession();
  const author = can("author");
  const [search, setSearch] = useState("");
  const published = useLoad((signal) => api.get<RunbookDefinition[]>("/api/runbooks", signal), []);
  const drafts = useLoad((signal) => (author ? api.get<DraftSummary[]>("/api/drafts", signal) : Promise.resolve([])), [author]);
  const rows = useMemo(() => {
    const byId = new Map<string, Row>();
    for (const r of published.data ?? []) byId.set(r.id, { id: r.id, name: r.name, version: r.version });
    for (const d of drafts.data ?? []) byId.set(d.id, { ...(byId.get(d.id) ?? { id: d.id, name: d.name }), draft: d });
    const q = search.trim().toLowerCase();
    return [...byId.values()].filter((r) => !q || `${r.id} ${r.name}`.toLowerCase().includes(q)).sort((a, b) => a.id.localeCompare(b.id));
  }, [published.data, drafts.data, search]);
  return (
    <div className="page">
      <div className="page-head">
        <h2>Runbooks</h2>
        <input type="search" placeholder="Search runbooks" aria-label="Search runbooks" value={search} onChange={(e) => setSearch(e.target.value)} />
        {author && <Link to="/runbooks/new" className="button">New runbook</Link>}
      </div>
      <ErrorNotice error={published.error ?? drafts.error} onRetry={() => (published.reload(), drafts.reload())} />
      {published.loading && !published.data && <div className="loading">Loading…</div>}
      <table className="list" data-testid="runbook-list">
        <thead>
          <tr><th>Runbook</th><th>Id</th><th>Published</th><th>Draft</th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-runbook={r.id}>
              <td><Link to={`/runbooks/${enc(r.id)}`}>{r.name}</Link></td>
              <td><code>{r.id}</code></td>
              <td>{r.version ? `version ${r.version}` : <span className="hint">never</span>}</td>
              <td>{r.draft ? <span className="badge">draft saved {new Date(r.draft.savedAt).toLocaleString()}</span> : ""}</td>
            </tr>
          ))}
          {rows.length === 0 && published.data && (
            <tr><td colSpan={4} className="hint">{search ? `No runbook matches “${search}”.` : "No runbooks yet."}</td></tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
