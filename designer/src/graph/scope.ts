import type { RunbookDefinition } from "../api/types";
import type { Catalog } from "../shell/catalog";
import type { ExpressionScope } from "../editor/completion";

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

/** What an expression on this activity can read: Inputs.x, Variables.x and the outputs of earlier activities. */
export function scopeOf(definition: RunbookDefinition, id: string, catalog: Catalog | undefined): ExpressionScope {
  const byId = new Map(definition.activities.map((a) => [a.id, a]));
  return {
    inputs: (definition.inputs ?? []).map((p) => ({ name: p.name, type: p.type ?? "object", description: p.description ?? undefined })),
    variables: (definition.variables ?? []).map((p) => ({ name: p.name, type: p.type ?? "object" })),
    outputs: upstreamOf(definition, id).flatMap((upstream) => {
      const type = byId.get(upstream)?.type ?? "";
      return (catalog?.byType.get(type)?.outputs ?? []).map((o) => ({ activityId: upstream, activityType: type, name: o.name, type: o.type, description: o.description ?? undefined }));
    }),
  };
}
