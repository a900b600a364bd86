// The runbook itself, shown when no activity is selected: id, name, description, its inputs and variables.
import type { RunbookDefinition, RunbookParameter, ValueType } from "../api/types";
import { literalText, parseLiteral, TextField } from "./fields";
import type { PlacedError } from "./validation";

const valueTypes: ValueType[] = ["string", "int", "long", "double", "bool", "timespan", "datetime", "string[]", "int[]", "map", "array", "object"];

export function RunbookProperties(props: {
  definition: RunbookDefinition;
  isNew: boolean;
  readOnly: boolean;
  errors: PlacedError[];
  onChange: (d: RunbookDefinition) => void;
}) {
  const { definition: d, readOnly } = props;
  const set = (key: "id" | "name" | "description", value: string) => {
    const next = { ...d } as RunbookDefinition;
    if (key === "description" && value === "") delete next.description;
    else next[key] = value;
    props.onChange(next);
  };
  const general = props.errors.filter((e) => !e.activityId);
  return (
    <div className="properties" data-testid="runbook-properties">
      <h3>Runbook</h3>
      <label>
        Id
        <TextField value={d.id} label="Runbook id" readOnly={readOnly || !props.isNew} onCommit={(v) => set("id", v.trim())} />
      </label>
      <label>
        Name
        <TextField value={d.name} label="Runbook name" readOnly={readOnly} onCommit={(v) => set("name", v)} />
      </label>
      <label>
        Description
        <TextField value={d.description ?? ""} label="Runbook description" multiline readOnly={readOnly} onCommit={(v) => set("description", v)} />
      </label>
      {general.length > 0 && (
        <div className="field-error" role="alert">
          {general.map((e, i) => (
            <div key={i}>
              {e.field || "runbook"}: {e.reason}
            </div>
          ))}
        </div>
      )}
      <Parameters title="Inputs" kind="inputs" definition={d} readOnly={readOnly} onChange={props.onChange} />
      <Parameters title="Variables" kind="variables" definition={d} readOnly={readOnly} onChange={props.onChange} />
    </div>
  );
}

function Parameters(props: { title: string; kind: "inputs" | "variables"; definition: RunbookDefinition; readOnly: boolean; onChange: (d: RunbookDefinition) => void }) {
  const list = props.definition[props.kind] ?? [];
  const update = (next: RunbookParameter[]) => props.onChange({ ...props.definition, [props.kind]: next });
  const change = (i: number, p: RunbookParameter) => update(list.map((x, j) => (j === i ? p : x)));
  return (
    <section className="parameters" data-testid={`parameters-${props.kind}`}>
      <h4>{props.title}</h4>
      {list.length === 0 && <p className="hint">None.</p>}
      {list.map((p, i) => (
        <div key={i} className="parameter">
          <TextField value={p.name} label={`${props.kind} ${i + 1} name`} readOnly={props.readOnly} onCommit={(v) => change(i, { ...p, name: v.trim() })} />
          <select aria-label={`${props.kind} ${i + 1} type`} disabled={props.readOnly} value={p.type ?? "string"} onChange={(e) => change(i, { ...p, type: e.target.value as ValueType })}>
            {valueTypes.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
          {props.kind === "inputs" && (
            <label className="check">
              <input type="checkbox" disabled={props.readOnly} checked={p.required === true} onChange={(e) => change(i, { ...p, required: e.target.checked })} />
              required
            </label>
          )}
          <TextField value={literalText(p.type ?? "string", p.default)} label={`${props.kind} ${i + 1} default`} placeholder="default" readOnly={props.readOnly}
            onCommit={(v) => {
              const parsed = parseLiteral(p.type ?? "string", v);
              change(i, { ...p, default: parsed.error ? v : (parsed.value ?? null) });
            }} />
          <TextField value={p.description ?? ""} label={`${props.kind} ${i + 1} description`} placeholder="description" readOnly={props.readOnly}
            onCommit={(v) => change(i, { ...p, description: v || null })} />
          {!props.readOnly && (
            <button type="button" className="link" onClick={() => update(list.filter((_, j) => j !== i))} aria-label={`Remove ${p.name}`}>
              remove
            </button>
          )}
        </div>
      ))}
      {!props.readOnly && (
        <button type="button" onClick={() => update([...list, { name: `${props.kind === "inputs" ? "input" : "variable"}${list.length + 1}`, type: "string" }])}>
          Add {props.kind === "inputs" ? "input" : "variable"}
        </button>
      )}
    </section>
  );
}
