// What changed between two versions of a runbook, for the visual diff.
import type { ActivityDefinition, RunbookDefinition } from "../api/types";
import { edgeIds } from "./mapping";

export interface RunbookDiff {
  added: string[];
  removed: string[];
  changed: { id: string; fields: string[] }[];
  connectionsAdded: string[];
  connectionsRemoved: string[];
  /** Runbook-level members that differ: name, description, inputs, variables. */
  runbook: string[];
}

export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The members of an activity that differ; its position (layout) is not a change of behaviour and is left out. */
function changedFields(a: ActivityDefinition, b: ActivityDefinition): string[] {
  const fields: string[] = [];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => k !== "layout" && k !== "inputs"));
  for (const k of keys) {
    if (stableJson((a as unknown as Record<string, unknown>)[k]) !== stableJson((b as unknown as Record<string, unknown>)[k])) fields.push(k);
  }
  const inputs = new Set([...Object.keys(a.inputs ?? {}), ...Object.keys(b.inputs ?? {})]);
  for (const k of inputs) if (stableJson(a.inputs?.[k]) !== stableJson(b.inputs?.[k])) fields.push(`inputs.${k}`);
  return fields;
}

export function diffRunbooks(before: RunbookDefinition, after: RunbookDefinition): RunbookDiff {
  const old = new Map(before.activities.map((a) => [a.id, a]));
  const now = new Map(after.activities.map((a) => [a.id, a]));
  const changed: RunbookDiff["changed"] = [];
  for (const [id, a] of now) {
    const b = old.get(id);
    if (!b) continue;
    const fields = changedFields(b, a);
    if (fields.length > 0) changed.push({ id, fields });
  }
  const oldEdges = new Set(edgeIds(before.connections ?? []));
  const newEdges = new Set(edgeIds(after.connections ?? []));
  const runbook = (["name", "description", "inputs", "variables"] as const).filter(
    (k) => stableJson(before[k] ?? null) !== stableJson(after[k] ?? null),
  );
  return {
    added: [...now.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
    changed,
    connectionsAdded: [...newEdges].filter((e) => !oldEdges.has(e)),
    connectionsRemoved: [...oldEdges].filter((e) => !newEdges.has(e)),
    runbook: [...runbook],
  };
}

/** Both versions on one canvas: the new one, plus removed activities and connections from the old one. */
export function mergedForDiff(before: RunbookDefinition, after: RunbookDefinition): RunbookDefinition {
  const ids = new Set(after.activities.map((a) => a.id));
  const newEdges = new Set(edgeIds(after.connections ?? []));
  const oldConnections = before.connections ?? [];
  const oldIds = edgeIds(oldConnections);
  return {
    ...after,
    activities: [...after.activities, ...before.activities.filter((a) => !ids.has(a.id))],
    connections: [...(after.connections ?? []), ...oldConnections.filter((_, i) => !newEdges.has(oldIds[i]))],
  };
}
