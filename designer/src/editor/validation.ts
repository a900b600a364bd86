// Validation errors carry a JSON path ($.activities[3].inputs.Duration); the designer shows each on its node and field.
import type { RunbookDefinition, ValidationError } from "../api/types";

export interface PlacedError {
  path: string;
  reason: string;
  /** The activity the error belongs to, if any. */
  activityId?: string;
  /** The field inside the activity or runbook: "inputs.Duration", "retry.maxAttempts", "type", "connection"... */
  field: string;
}

const activityPath = /^\$\.activities\[(\d+)\](?:\.(.*))?$/;
const connectionPath = /^\$\.connections\[(\d+)\](?:\.(.*))?$/;

export function placeErrors(definition: RunbookDefinition, errors: ValidationError[]): PlacedError[] {
  return errors.map((e) => {
    let m = activityPath.exec(e.path);
    if (m) {
      const activity = definition.activities[Number(m[1])];
      // An expression's error names the input, not its "expr" member.
      let field = (m[2] ?? "").replace(/\.expr$/, "");
      // "missing required input 'Question'" is reported on inputs: it belongs to that input's field.
      const named = field === "inputs" ? /input '([^']+)'/.exec(e.reason) : null;
      if (named) field = `inputs.${named[1]}`;
      return { ...e, activityId: activity?.id, field };
    }
    m = connectionPath.exec(e.path);
    if (m) {
      const connection = definition.connections?.[Number(m[1])];
      return { ...e, activityId: connection?.from, field: "connection" };
    }
    return { ...e, field: e.path.replace(/^\$\.?/, "") };
  });
}

export function errorsByActivity(placed: PlacedError[]): Map<string, { field: string; reason: string }[]> {
  const map = new Map<string, { field: string; reason: string }[]>();
  for (const e of placed) {
    if (!e.activityId) continue;
    if (!map.has(e.activityId)) map.set(e.activityId, []);
    map.get(e.activityId)!.push({ field: e.field, reason: e.reason });
  }
  return map;
}
