// Targets (admin): the vCenters runbooks act on; list, add and edit.
import { useState } from "react";
import { api, enc } from "../api/client";
import type { SecretInfo, Target } from "../api/types";
import { ErrorNotice } from "../shell/Notice";
import { useLoad } from "../shell/useLoad";

type Form = Record<"name" | "address" | "scheme" | "apiPort" | "managementPort" | "hostHeader" | "ssoUser" | "ssoPasswordSecret" | "rootPasswordSecret" | "thumbprint" | "tags", string>;

const empty: Form = { name: "", address: "", scheme: "https", apiPort: "", managementPort: "", hostHeader: "", ssoUser: "administrator@vsphere.local", ssoPasswordSecret: "", rootPasswordSecret: "", thumbprint: "", tags: "" };

function toForm(t: Target): Form {
  const s = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  return { name: t.name, address: t.address, scheme: s(t.scheme), apiPort: s(t.apiPort), managementPort: s(t.managementPort), hostHeader: s(t.hostHeader), ssoUser: s(t.ssoUser), ssoPasswordSecret: s(t.ssoPasswordSecret), rootPasswordSecret: s(t.rootPasswordSecret), thumbprint: s(t.thumbprint), tags: (t.tags ?? []).join(", ") };
}

export default function TargetsPage() {
  const targets = useLoad((signal) => api.get<Target[]>("/api/targets", signal), []);
  const secrets = useLoad((signal) => api.get<SecretInfo[]>("/api/secrets", signal), []);
  const [form, setForm] = useState<Form | null>(null);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const save = async () => {
    if (!form) return;
    setError(null);
    const n = (v: string) => (v.trim() === "" ? null : Number(v));
    const t = (v: string) => (v.trim() === "" ? null : v.trim());
    try {
      await api.put(`/api/targets/${enc(form.name.trim())}`, {
        address: t(form.address), scheme: t(form.scheme), apiPort: n(form.apiPort), managementPort: n(form.managementPort), hostHeader: t(form.hostHeader),
        ssoUser: t(form.ssoUser), ssoPasswordSecret: t(form.ssoPasswordSecret), rootPasswordSecret: t(form.rootPasswordSecret), thumbprint: t(form.thumbprint),
        tags: form.tags.split(",").map((x) => x.trim()).filter(Boolean),
      });
      setSaved(`Target ${form.name} saved.`);
      setForm(null);
      targets.reload();
    } catch (e) {
      setError(e);
    }
  };
  const field = (key: keyof Form, label: string, extra?: React.InputHTMLAttributes<HTMLInputElement>) => (
    <label key={key}>
      {label}
      <input aria-label={label} value={form![key]} onChange={(e) => setForm({ ...form!, [key]: e.target.value })} {...extra} />
    </label>
  );
  const secretField = (key: "ssoPasswordSecret" | "rootPasswordSecret", label: string) => (
    <label key={key}>
      {label}
      <select aria-label={label} value={form![key]} onChange={(e) => setForm({ ...form!, [key]: e.target.value })}>
        <option value="">none</option>
        {(secrets.data ?? []).map((s) => <option key={s.name}>{s.name}</option>)}
      </select>
    </label>
  );
  return (
    <div className="page">
      <div className="page-head">
        <h2>Targets</h2>
        <button type="button" onClick={() => (setForm(empty), setEditing(false), setSaved(null))}>Add target</button>
      </div>
      <ErrorNotice error={targets.error} onRetry={targets.reload} />
      {saved && <div className="notice notice-ok" role="status">{saved}</div>}
      {form && (
        <form className="card" data-testid="target-form" onSubmit={(e) => (e.preventDefault(), void save())}>
          <h3>{editing ? `Edit ${form.name}` : "New target"}</h3>
          {field("name", "Name", { readOnly: editing, required: true })}
          {field("address", "Address", { required: true, placeholder: "vcsa.example.com" })}
          {field("scheme", "Scheme")}
          {field("apiPort", "API port", { inputMode: "numeric" })}
          {field("managementPort", "Management port", { inputMode: "numeric", placeholder: "5480" })}
          {field("hostHeader", "Host header")}
          {field("ssoUser", "SSO user")}
          {secretField("ssoPasswordSecret", "SSO password secret")}
          {secretField("rootPasswordSecret", "Root password secret")}
          {field("thumbprint", "TLS thumbprint")}
          {field("tags", "Tags (comma separated)")}
          <ErrorNotice error={error} />
          <div className="dialog-actions">
            <button type="submit">Save target</button>
            <button type="button" onClick={() => setForm(null)}>Cancel</button>
          </div>
        </form>
      )}
      <table className="list" data-testid="targets">
        <thead><tr><th>Name</th><th>Address</th><th>SSO user</th><th>Secrets</th><th>Tags</th><th></th></tr></thead>
        <tbody>
          {(targets.data ?? []).map((t) => (
            <tr key={t.name} data-target={t.name}>
              <td>{t.name}</td>
              <td>{t.scheme ?? "https"}://{t.address}{t.apiPort ? `:${t.apiPort}` : ""}{t.hostHeader ? ` (${t.hostHeader})` : ""}</td>
              <td>{t.ssoUser}</td>
              <td>{[t.ssoPasswordSecret, t.rootPasswordSecret].filter(Boolean).join(", ")}</td>
              <td>{(t.tags ?? []).join(", ")}</td>
              <td><button type="button" onClick={() => (setForm(toForm(t)), setEditing(true), setSaved(null))}>Edit</button></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
