import type { RunbookDefinition } from "../api/types";
import type { Catalog } from "../shell/catalog";
import type { ScopeEntry } from "../editor/ExpressionField";

/** The activities that can have run before this one: every activity with a path to it. */
export function upstreamOf(definition: RunbookDefinition, id: string): string[] {
  const into = new Map<string, string[]>();
  for (const c of definition.connections ?? []) into.set(c.to, [...(into.get(c.to) ?? []), c.from]);
  const seen = new Set<string>();
  const stack = [...(into.get(id) ?? [])];
  while (stack.length) {
    const next = stack.pop()!;
    if (seen.has(next) || next === id) continue;
    seen.add(next);
    stack.push(...(into.get(next) ?? []));
  }
  return definition.activities.map((a) => a.id).filter((a) => seen.has(a));
}

/** What an expression on this activity can use: Inputs.x, Variables.x and Output("id", "Name") of earlier activities. */
export function scopeOf(definition: RunbookDefinition, id: string, catalog: Catalog | undefined): ScopeEntry[] {
  const entries: ScopeEntry[] = [];
  for (const p of definition.inputs ?? []) entries.push({ code: `Inputs.${p.name}`, detail: `runbook input (${p.type ?? "string"})` });
  for (const p of definition.variables ?? []) entries.push({ code: `Variables.${p.name}`, detail: `variable (${p.type ?? "string"})` });
  const byId = new Map(definition.activities.map((a) => [a.id, a]));
  for (const upstream of upstreamOf(definition, id)) {
    const type = byId.get(upstream)?.type ?? "";
    for (const o of catalog?.byType.get(type)?.outputs ?? []) {
      entries.push({ code: `Output("${upstream}", "${o.name}")`, detail: `${type} output (${o.type})${o.description ? ": " + o.description : ""}` });
    }
  }
  return entries;
}
