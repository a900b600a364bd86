// The property panel of one activity, generated from its catalog entry: each input typed, as a literal or a C#
// expression; then retry, timeout, compensation and join.
import type { ActivityDefinition, ActivityDescriptor, InputDescriptor, RetrySettings, RunbookDefinition } from "../api/types";
import type { ExpressionScope } from "./completion";
import { ExpressionField } from "./ExpressionField";
import { literalText, parseLiteral, TextField, timespanPattern } from "./fields";

export interface Pickers {
  secrets: string[] | null;
  targets: string[];
}

interface Props {
  definition: RunbookDefinition;
  activity: ActivityDefinition;
  descriptor: ActivityDescriptor | undefined;
  errors: { field: string; reason: string }[];
  scope: ExpressionScope;
  pickers: Pickers;
  readOnly: boolean;
  onChange: (next: ActivityDefinition) => void;
  onRename: (id: string) => void;
}

const isExpression = (v: unknown): v is { expr: string } => typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as { expr?: unknown }).expr === "string";

function FieldErrors({ errors, field }: { errors: Props["errors"]; field: string }) {
  const mine = errors.filter((e) => e.field === field || e.field.startsWith(field + "."));
  if (mine.length === 0) return null;
  return (
    <div className="field-error" role="alert" data-error-field={field}>
      {mine.map((e, i) => (
        <div key={i}>{e.reason}</div>
      ))}
    </div>
  );
}

export function ActivityProperties(props: Props) {
  const { activity, descriptor, errors, readOnly } = props;
  const inputs = activity.inputs ?? {};
  const known = descriptor?.inputs ?? [];
  const extra = Object.keys(inputs).filter((k) => !known.some((d) => d.name === k));
  const setInput = (name: string, value: unknown) => {
    const next = { ...inputs };
    if (value === undefined) delete next[name];
    else next[name] = value;
    props.onChange({ ...activity, inputs: next });
  };
  const set = <K extends keyof ActivityDefinition>(key: K, value: ActivityDefinition[K] | undefined) => {
    const next = { ...activity };
    if (value === undefined || value === "") delete next[key];
    else next[key] = value;
    props.onChange(next);
  };
  const setRetry = (key: keyof RetrySettings, value: unknown) => {
    const retry: Record<string, unknown> = { ...(activity.retry ?? {}) };
    if (value === undefined) delete retry[key];
    else retry[key] = value;
    set("retry", Object.values(retry).some((v) => v !== undefined && v !== null) ? (retry as RetrySettings) : undefined);
  };
  return (
    <div className="properties" data-testid="activity-properties">
      <h3>
        {activity.type} <span className="hint">{descriptor?.category}</span>
      </h3>
      {descriptor ? <p className="hint">{descriptor.description}</p> : <p className="field-error">Unknown activity type “{activity.type}”: not in the catalog.</p>}
      <FieldErrors errors={errors} field="type" />
      <FieldErrors errors={errors} field="" />
      <label>
        Id
        <TextField value={activity.id} readOnly={readOnly} label="Activity id" onCommit={(v) => v.trim() && props.onRename(v.trim())} />
      </label>
      <label>
        Display name
        <TextField value={activity.displayName ?? ""} readOnly={readOnly} label="Display name" onCommit={(v) => set("displayName", v || undefined)} />
      </label>

      <h4>Inputs</h4>
      {known.length === 0 && extra.length === 0 && <p className="hint">This activity takes no inputs.</p>}
      {known.map((d) => (
        <InputRow key={d.name} {...props} input={d} value={inputs[d.name]} onSet={(v) => setInput(d.name, v)} />
      ))}
      {extra.map((name) => (
        <InputRow key={name} {...props} input={{ name, type: "object", required: false, default: null, description: "Not in the catalog for this activity." }} value={inputs[name]} onSet={(v) => setInput(name, v)} />
      ))}

      <details open={Boolean(activity.retry || activity.timeout || activity.compensation)}>
        <summary>Retry, timeout, compensation</summary>
        <label>
          Max attempts
          <TextField value={literalText("int", activity.retry?.maxAttempts)} readOnly={readOnly} label="Max attempts" placeholder="1 (no retry)"
            onCommit={(v) => setRetry("maxAttempts", parseLiteral("int", v).value)} />
        </label>
        <label>
          First retry after
          <TextField value={activity.retry?.initialDelay ?? ""} readOnly={readOnly} label="Initial delay" placeholder="00:00:05"
            invalid={activity.retry?.initialDelay && !timespanPattern.test(activity.retry.initialDelay) ? "timespan" : null}
            onCommit={(v) => setRetry("initialDelay", v || undefined)} />
        </label>
        <label>
          Backoff multiplier
          <TextField value={literalText("double", activity.retry?.backoffMultiplier)} readOnly={readOnly} label="Backoff multiplier" placeholder="2"
            onCommit={(v) => setRetry("backoffMultiplier", parseLiteral("double", v).value)} />
        </label>
        <label>
          Longest delay
          <TextField value={activity.retry?.maxDelay ?? ""} readOnly={readOnly} label="Max delay" placeholder="00:05:00" onCommit={(v) => setRetry("maxDelay", v || undefined)} />
        </label>
        <label className="check">
          <input type="checkbox" disabled={readOnly} checked={activity.retry?.retryAllErrors === true} onChange={(e) => setRetry("retryAllErrors", e.target.checked || undefined)} />
          Retry every error (not only transient ones)
        </label>
        <FieldErrors errors={errors} field="retry" />
        <label>
          Activity timeout
          <TextField value={activity.timeout ?? ""} readOnly={readOnly} label="Activity timeout" placeholder="none" onCommit={(v) => set("timeout", v || undefined)} />
        </label>
        <FieldErrors errors={errors} field="timeout" />
        <label>
          Compensation (undoes this when the run faults later)
          <select disabled={readOnly} value={activity.compensation ?? ""} aria-label="Compensation" onChange={(e) => set("compensation", e.target.value || undefined)}>
            <option value="">none</option>
            {props.definition.activities.filter((a) => a.id !== activity.id).map((a) => (
              <option key={a.id} value={a.id}>
                {a.id}
              </option>
            ))}
          </select>
        </label>
        <FieldErrors errors={errors} field="compensation" />
        <label>
          Join (when several connections lead here)
          <select disabled={readOnly} value={activity.join ?? "any"} aria-label="Join" onChange={(e) => set("join", e.target.value as "any" | "all")}>
            <option value="any">any: go on at the first</option>
            <option value="all">all: wait for every branch</option>
          </select>
        </label>
      </details>
      <FieldErrors errors={errors} field="connection" />
    </div>
  );
}

function InputRow(props: Props & { input: InputDescriptor; value: unknown; onSet: (v: unknown) => void }) {
  const { input: d, value, readOnly, errors, pickers } = props;
  const expression = isExpression(value);
  const field = `inputs.${d.name}`;
  const hasError = errors.some((e) => e.field === field);
  return (
    <div className={`input-row${hasError ? " invalid" : ""}`} data-field={field}>
      <div className="input-head">
        <span className="input-name" title={d.description ?? ""}>
          {d.name}
          {d.required && <span className="required" title="required">*</span>}
        </span>
        <span className="hint">{d.type}</span>
        {!readOnly && (
          <button type="button" className="link mode" title="Switch between a literal value and a C# expression"
            onClick={() => props.onSet(expression ? undefined : { expr: value === undefined ? "" : JSON.stringify(value) })}>
            {expression ? "C# ✓" : "C#"}
          </button>
        )}
      </div>
      {expression ? (
        <ExpressionField value={value.expr} scope={props.scope} readOnly={readOnly} label={`${d.name} expression`} onCommit={(v) => props.onSet({ expr: v })} />
      ) : (
        <LiteralEditor descriptor={d} value={value} readOnly={readOnly} pickers={pickers} onSet={props.onSet} />
      )}
      {d.description && <div className="hint">{d.description}</div>}
      <FieldErrors errors={errors} field={field} />
    </div>
  );
}

function LiteralEditor({ descriptor: d, value, readOnly, pickers, onSet }: { descriptor: InputDescriptor; value: unknown; readOnly: boolean; pickers: Pickers; onSet: (v: unknown) => void }) {
  const placeholder = d.default !== null && d.default !== undefined ? `default: ${literalText(d.type, d.default)}` : d.required ? "required" : "";
  const label = d.name;
  if (d.type === "bool") {
    return (
      <select aria-label={label} disabled={readOnly} value={value === undefined ? "" : String(value)} onChange={(e) => onSet(e.target.value === "" ? undefined : e.target.value === "true")}>
        <option value="">{placeholder || "not set"}</option>
        <option value="true">true</option>
        <option value="false">false</option>
      </select>
    );
  }
  const options = d.choices ?? (/Secret$/.test(d.name) ? pickers.secrets : d.name === "Target" ? pickers.targets : null);
  if (options && d.type === "string" && (value === undefined || typeof value === "string")) {
    const list = value !== undefined && !options.includes(value) ? [value, ...options] : options;
    return (
      <select aria-label={label} disabled={readOnly} value={(value as string | undefined) ?? ""} onChange={(e) => onSet(e.target.value || undefined)}>
        <option value="">{placeholder || "not set"}</option>
        {list.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  }
  const text = literalText(d.type, value);
  const check = parseLiteral(d.type, text);
  return (
    <>
      <TextField value={text} label={label} readOnly={readOnly} placeholder={placeholder} multiline={d.type === "string[]" || d.type === "map" || d.type === "object" || d.type === "array"}
        invalid={check.error ?? null}
        onCommit={(t) => {
          const parsed = parseLiteral(d.type, t);
          // A value that does not fit its type is kept as typed; the validation names the rule.
          onSet(parsed.error ? t : parsed.value);
        }} />
      {d.type === "string" && /Secret$/.test(d.name) && pickers.secrets === null && <div className="hint">The name of a secret (only admins can list them).</div>}
      {check.error && <div className="field-error">Expected {check.error}.</div>}
    </>
  );
}
