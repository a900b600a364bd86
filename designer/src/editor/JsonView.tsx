// The definition as JSON: edit it and the graph follows. A document that does not parse, or is not a runbook,
// is refused with the reason and the graph keeps what it had.
import { useEffect, useState } from "react";
import type { RunbookDefinition } from "../api/types";

export function parseRunbookJson(text: string): { definition?: RunbookDefinition; error?: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: `Not valid JSON: ${(e as Error).message}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { error: "A runbook is a JSON object with id, name and activities." };
  const d = value as Partial<RunbookDefinition>;
  if (typeof d.id !== "string" || !d.id) return { error: "The runbook needs an id (a string)." };
  if (typeof d.name !== "string") return { error: "The runbook needs a name (a string)." };
  if (!Array.isArray(d.activities)) return { error: "The runbook needs activities (an array)." };
  const bad = d.activities.findIndex((a) => typeof a !== "object" || a === null || typeof a.id !== "string" || typeof a.type !== "string");
  if (bad >= 0) return { error: `activities[${bad}] needs an id and a type (strings).` };
  if (d.connections !== undefined && !Array.isArray(d.connections)) return { error: "connections must be an array." };
  return { definition: value as RunbookDefinition };
}

export function JsonView({ definition, readOnly, onApply }: { definition: RunbookDefinition; readOnly: boolean; onApply: (d: RunbookDefinition) => void }) {
  const formatted = JSON.stringify(definition, null, 2);
  const [text, setText] = useState(formatted);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(formatted), [formatted]);
  const apply = () => {
    const parsed = parseRunbookJson(text);
    if (parsed.error) setError(parsed.error);
    else {
      setError(null);
      onApply(parsed.definition!);
    }
  };
  return (
    <div className="json-view">
      <textarea aria-label="Runbook JSON" spellCheck={false} readOnly={readOnly} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="json-actions">
        {!readOnly && (
          <button type="button" onClick={apply} disabled={text === formatted}>
            Apply JSON
          </button>
        )}
        {text !== formatted && !readOnly && (
          <button type="button" onClick={() => (setText(formatted), setError(null))}>
            Revert
          </button>
        )}
        {error && (
          <span className="error" role="alert">
            {error}
          </span>
        )}
      </div>
    </div>
  );
}
