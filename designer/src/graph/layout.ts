// Auto-layout with dagre: top to bottom, in the order activities are declared.
import dagre from "@dagrejs/dagre";
import type { Position, RunbookDefinition } from "../api/types";
import { NODE_HEIGHT, NODE_WIDTH } from "./mapping";

export function autoLayout(definition: RunbookDefinition): Map<string, Position> {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: "TB", nodesep: 40, ranksep: 70, marginx: 20, marginy: 20 });
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
