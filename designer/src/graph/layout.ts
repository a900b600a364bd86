// Auto-layout, top to bottom. Dagre (fewer crossings) up to 50 activities (every shipped runbook); above that a
// linear-time layered layout, since dagre takes 100 ms at 100 activities and seconds at a thousand.
import dagre from "@dagrejs/dagre";
import type { Position, RunbookDefinition } from "../api/types";
import { NODE_HEIGHT, NODE_WIDTH } from "./mapping";

const NODE_GAP = 40;
const RANK_GAP = 70;
// Dagre is superlinear: about 30 ms for 50 activities on this project's 2-core machine, 90 ms or more for 100
// (the largest single cost of opening a 100-node runbook); the layered layout takes 17 ms for 1,000.
export const DAGRE_LIMIT = 50;

export function autoLayout(definition: RunbookDefinition): Map<string, Position> {
  const start = performance.now();
  const positions = definition.activities.length <= DAGRE_LIMIT ? dagreLayout(definition) : layeredLayout(definition);
  performance.measure("vcr:layout", { start });
  return positions;
}

function dagreLayout(definition: RunbookDefinition): Map<string, Position> {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: "TB", nodesep: NODE_GAP, ranksep: RANK_GAP, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(definition.activities.map((a) => a.id));
  for (const a of definition.activities) g.setNode(a.id, { width: NODE_WIDTH, height: NODE_HEIGHT + 16 });
  (definition.connections ?? []).forEach((c, i) => {
    if (ids.has(c.from) && ids.has(c.to) && c.from !== c.to) g.setEdge(c.from, c.to, {}, `e${i}`);
  });
  dagre.layout(g);
  const positions = new Map<string, Position>();
  for (const id of ids) {
    const n = g.node(id);
    positions.set(id, { x: Math.round(n.x - NODE_WIDTH / 2), y: Math.round(n.y - NODE_HEIGHT / 2) });
  }
  return positions;
}

/** Longest-path layers (loops broken where a depth-first walk meets them), each layer ordered by its parents. */
export function layeredLayout(definition: RunbookDefinition): Map<string, Position> {
  const ids = definition.activities.map((a) => a.id);
  const known = new Set(ids);
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const c of definition.connections ?? []) if (known.has(c.from) && known.has(c.to) && c.from !== c.to) out.get(c.from)!.push(c.to);

  // Drop back edges: those that close a loop in a depth-first walk (iterative, so deep chains do not overflow).
  const state = new Map<string, 1 | 2>();
  const forward = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const root of ids) {
    if (state.has(root)) continue;
    const stack: [string, number][] = [[root, 0]];
    state.set(root, 1);
    while (stack.length) {
      const top = stack[stack.length - 1];
      const next = out.get(top[0])![top[1]++];
      if (next === undefined) {
        state.set(top[0], 2);
        stack.pop();
      } else if (state.get(next) !== 1) {
        forward.get(top[0])!.push(next);
        if (!state.has(next)) (state.set(next, 1), stack.push([next, 0]));
      }
    }
  }

  const indegree = new Map(ids.map((id) => [id, 0]));
  for (const targets of forward.values()) for (const t of targets) indegree.set(t, indegree.get(t)! + 1);
  const rank = new Map(ids.map((id) => [id, 0]));
  const queue = ids.filter((id) => indegree.get(id) === 0);
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    for (const t of forward.get(id)!) {
      rank.set(t, Math.max(rank.get(t)!, rank.get(id)! + 1));
      indegree.set(t, indegree.get(t)! - 1);
      if (indegree.get(t) === 0) queue.push(t);
    }
  }

  const layers: string[][] = [];
  for (const id of queue) (layers[rank.get(id)!] ??= []).push(id);
  const column = new Map<string, number>();
  const parents = new Map<string, string[]>();
  for (const [from, targets] of forward) for (const t of targets) parents.set(t, [...(parents.get(t) ?? []), from]);
  const positions = new Map<string, Position>();
  layers.forEach((layer, r) => {
    const order = layer
      .map((id, i) => {
        const ps = parents.get(id) ?? [];
        return { id, key: ps.length ? ps.reduce((s, p) => s + (column.get(p) ?? 0), 0) / ps.length : i };
      })
      .sort((a, b) => a.key - b.key);
    order.forEach(({ id }, i) => {
      const x = i - (order.length - 1) / 2;
      column.set(id, x);
      positions.set(id, { x: Math.round(x * (NODE_WIDTH + NODE_GAP)), y: r * (NODE_HEIGHT + RANK_GAP) });
    });
  });
  return positions;
}
