// Edits of a definition, each a pure function returning a new definition; untouched parts keep their identity.
import type { ActivityDefinition, ConnectionDefinition, Position, RunbookDefinition } from "../api/types";
import { edgeIds, storedPosition, withPosition } from "./mapping";
import { outcomeOf } from "./outcomes";

export function uniqueId(definition: RunbookDefinition, wanted: string, taken = new Set<string>()): string {
  const used = new Set([...definition.activities.map((a) => a.id), ...taken]);
  const base = wanted.replace(/[^A-Za-z0-9_-]/g, "") || "activity";
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}${n}`)) return `${base}${n}`;
}

/** Fixes every node's current position into its layout: done on the first edit that places nodes. */
export function fixPositions(definition: RunbookDefinition, positions: Map<string, Position>): RunbookDefinition {
  let changed = false;
  const activities = definition.activities.map((a) => {
    if (storedPosition(a)) return a;
    const p = positions.get(a.id);
    if (!p) return a;
    changed = true;
    return withPosition(a, p);
  });
  return changed ? { ...definition, activities } : definition;
}

export function addActivity(definition: RunbookDefinition, type: string, position: Position): { definition: RunbookDefinition; id: string } {
  const id = uniqueId(definition, type.charAt(0).toLowerCase() + type.slice(1));
  const activity: ActivityDefinition = { id, type, inputs: {}, layout: { x: Math.round(position.x), y: Math.round(position.y) } };
  return { definition: { ...definition, activities: [...definition.activities, activity] }, id };
}

export function moveActivities(definition: RunbookDefinition, moved: Map<string, Position>): RunbookDefinition {
  return { ...definition, activities: definition.activities.map((a) => (moved.has(a.id) ? withPosition(a, moved.get(a.id)!) : a)) };
}

export function connect(definition: RunbookDefinition, from: string, outcome: string, to: string): RunbookDefinition {
  const connections = definition.connections ?? [];
  if (connections.some((c) => c.from === from && outcomeOf(c.outcome) === outcome && c.to === to)) return definition;
  return { ...definition, connections: [...connections, { from, outcome, to }] };
}

/** Removes activities (and the connections touching them) and connections by edge id. */
export function remove(definition: RunbookDefinition, activityIds: Set<string>, edgeIdsToRemove: Set<string>): RunbookDefinition {
  const connections = definition.connections ?? [];
  const ids = edgeIds(connections);
  const kept = connections.filter((c, i) => !edgeIdsToRemove.has(ids[i]) && !activityIds.has(c.from) && !activityIds.has(c.to));
  return {
    ...definition,
    activities: definition.activities.filter((a) => !activityIds.has(a.id)),
    ...(definition.connections !== undefined ? { connections: kept } : {}),
  };
}

export function updateActivity(definition: RunbookDefinition, id: string, change: (a: ActivityDefinition) => ActivityDefinition): RunbookDefinition {
  return { ...definition, activities: definition.activities.map((a) => (a.id === id ? change(a) : a)) };
}

/** Renames an activity and every connection and compensation that names it. */
export function renameActivity(definition: RunbookDefinition, from: string, to: string): RunbookDefinition {
  const rename = (id: string) => (id === from ? to : id);
  return {
    ...definition,
    activities: definition.activities.map((a) => ({
      ...a,
      id: rename(a.id),
      ...(a.compensation ? { compensation: rename(a.compensation) } : {}),
    })),
    connections: (definition.connections ?? []).map((c) => ({ ...c, from: rename(c.from), to: rename(c.to) })),
  };
}

/** What copy puts on the clipboard: the chosen activities and the connections between them. */
export interface Fragment {
  vcrunbooks: "fragment";
  activities: ActivityDefinition[];
  connections: ConnectionDefinition[];
}

export function copyFragment(definition: RunbookDefinition, ids: Set<string>, positions: Map<string, Position>): Fragment {
  return {
    vcrunbooks: "fragment",
    activities: definition.activities.filter((a) => ids.has(a.id)).map((a) => withPosition(a, storedPosition(a) ?? positions.get(a.id) ?? { x: 0, y: 0 })),
    connections: (definition.connections ?? []).filter((c) => ids.has(c.from) && ids.has(c.to)),
  };
}

export function parseFragment(text: string): Fragment | null {
  try {
    const value = JSON.parse(text) as Partial<Fragment>;
    if (value?.vcrunbooks !== "fragment" || !Array.isArray(value.activities)) return null;
    if (!value.activities.every((a) => a && typeof a.id === "string" && typeof a.type === "string")) return null;
    return { vcrunbooks: "fragment", activities: value.activities, connections: Array.isArray(value.connections) ? value.connections : [] };
  } catch {
    return null;
  }
}

/** Pastes a fragment offset from where it was copied; ids that are taken get a number. Answers the new ids. */
export function pasteFragment(definition: RunbookDefinition, fragment: Fragment, offset: Position): { definition: RunbookDefinition; ids: string[] } {
  const renames = new Map<string, string>();
  const taken = new Set<string>();
  for (const a of fragment.activities) {
    const id = uniqueId(definition, a.id, taken);
    taken.add(id);
    renames.set(a.id, id);
  }
  const activities = fragment.activities.map((a) => {
    const p = storedPosition(a) ?? { x: 0, y: 0 };
    const compensation = a.compensation && renames.has(a.compensation) ? renames.get(a.compensation) : a.compensation;
    return withPosition({ ...a, id: renames.get(a.id)!, ...(a.compensation ? { compensation } : {}) }, { x: p.x + offset.x, y: p.y + offset.y });
  });
  const connections = fragment.connections
    .filter((c) => renames.has(c.from) && renames.has(c.to))
    .map((c) => ({ ...c, from: renames.get(c.from)!, to: renames.get(c.to)! }));
  return {
    definition: {
      ...definition,
      activities: [...definition.activities, ...activities],
      connections: [...(definition.connections ?? []), ...connections],
    },
    ids: activities.map((a) => a.id),
  };
}
