// Secrets (admin): names and dates only. A value is written once and never shown again.
import { useState } from "react";
import { api, enc } from "../api/client";
import type { SecretInfo } from "../api/types";
import { ErrorNotice } from "../shell/Notice";
import { useLoad } from "../shell/useLoad";

export default function SecretsPage() {
  const secrets = useLoad((signal) => api.get<SecretInfo[]>("/api/secrets", signal), []);
  const [name, setName] = useState("");
  const [value, setValue] = useState("");
  const [description, setDescription] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const save = async () => {
    setError(null);
    setSaved(null);
    try {
      await api.put(`/api/secrets/${enc(name.trim())}`, { value, description: description || null });
      setSaved(`Secret ${name.trim()} saved. Its value is write-only: it is never shown again.`);
      setValue("");
      setName("");
      setDescription("");
      secrets.reload();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="page">
      <div className="page-head"><h2>Secrets</h2></div>
      <ErrorNotice error={secrets.error} onRetry={secrets.reload} />
      <form className="card" data-testid="secret-form" onSubmit={(e) => (e.preventDefault(), void save())}>
        <h3>Set a secret</h3>
        <label>Name<input aria-label="Secret name" value={name} onChange={(e) => setName(e.target.value)} required /></label>
        <label>Value<input aria-label="Secret value" type="password" autoComplete="new-password" value={value} onChange={(e) => setValue(e.target.value)} required /></label>
        <label>Description<input aria-label="Secret description" value={description} onChange={(e) => setDescription(e.target.value)} /></label>
        <ErrorNotice error={error} />
        {saved && <div className="notice notice-ok" role="status">{saved}</div>}
        <div className="dialog-actions"><button type="submit">Save secret</button></div>
        <p className="hint">Setting an existing name replaces its value.</p>
      </form>
      <table className="list" data-testid="secrets">
        <thead><tr><th>Name</th><th>Description</th><th>Value</th><th>Updated</th><th></th></tr></thead>
        <tbody>
          {(secrets.data ?? []).map((s) => (
            <tr key={s.name} data-secret={s.name}>
              <td>{s.name}</td>
              <td>{s.description ?? ""}</td>
              <td className="hint">write-only</td>
              <td>{new Date(s.updatedAt).toLocaleString()}</td>
              <td><button type="button" onClick={() => (setName(s.name), setDescription(s.description ?? ""))}>Replace value</button></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
