// Definition ⇄ graph. The definition stays the source of truth: the graph is built from it, edits are pure
// functions on it, and fromGraph puts nodes and edges back without touching anything the graph does not own, so a
// runbook opened and saved unchanged is the same JSON.
import type { Edge, Node, NodeHandle, Position as Side } from "@xyflow/react";
import type { ActivityDefinition, ConnectionDefinition, Position, RunbookDefinition } from "../api/types";
import type { Catalog } from "../shell/catalog";
import { outcomeOf, outcomesOf } from "./outcomes";
import type { LiveContext } from "../live/live";

export interface ActivityNodeData extends Record<string, unknown> {
  activity: ActivityDefinition;
  category: string;
  outcomes: string[];
  known: boolean;
  errors?: { field: string; reason: string }[];
  runState?: { state: string; attempts: number; retries: number };
  diff?: "added" | "removed" | "changed";
  /** The chosen target's live state, on vCenter nodes only. */
  live?: LiveContext;
}

export interface ConnectionEdgeData extends Record<string, unknown> {
  connection: ConnectionDefinition;
}

export type ActivityNode = Node<ActivityNodeData, "activity">;
export type ConnectionEdge = Edge<ConnectionEdgeData>;

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 64;

/** A position stored in the activity's layout, when it has one. */
export function storedPosition(activity: ActivityDefinition): Position | undefined {
  const x = activity.layout?.x;
  const y = activity.layout?.y;
  return typeof x === "number" && typeof y === "number" ? { x, y } : undefined;
}

/** Stable edge ids: the same connection keeps its id across edits (a repeated one gets #2, #3...). */
export function edgeIds(connections: ConnectionDefinition[]): string[] {
  const seen = new Map<string, number>();
  return connections.map((c) => {
    const base = `${c.from}:${outcomeOf(c.outcome)}->${c.to}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

const HANDLE = 6;

/** Where ActivityNodeView puts its ports: the input on top in the middle, one output per outcome spread along the bottom. */
function expectedHandles(type: string, outcomes: string[]): NodeHandle[] {
  const handles: NodeHandle[] = outcomes.map((outcome, i) => ({
    id: outcome,
    type: "source",
    position: "bottom" as Side,
    x: ((i + 0.5) / outcomes.length) * NODE_WIDTH - HANDLE / 2,
    y: NODE_HEIGHT - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  }));
  if (type !== "Start") handles.push({ id: null, type: "target", position: "top" as Side, x: NODE_WIDTH / 2 - HANDLE / 2, y: -HANDLE / 2, width: HANDLE, height: HANDLE });
  return handles;
}

export function toGraph(
  definition: RunbookDefinition,
  catalog: Catalog | undefined,
  positions: Map<string, Position>,
): { nodes: ActivityNode[]; edges: ConnectionEdge[] } {
  const connections = definition.connections ?? [];
  const used = new Map<string, Set<string>>();
  for (const c of connections) {
    if (!used.has(c.from)) used.set(c.from, new Set());
    used.get(c.from)!.add(outcomeOf(c.outcome));
  }
  const nodes = definition.activities.map((activity, index): ActivityNode => {
    const descriptor = catalog?.byType.get(activity.type);
    const outcomes = outcomesOf(activity, descriptor, used.get(activity.id));
    return {
      id: activity.id,
      type: "activity",
      position: storedPosition(activity) ?? positions.get(activity.id) ?? { x: (index % 6) * 240, y: Math.floor(index / 6) * 120 },
      // Size and ports known in advance: React Flow then draws only the nodes in view on the first frame instead of
      // every node once to measure it (a thousand-node runbook opened in seconds that way). Nodes it draws are
      // measured as usual, so these only stand in until then.
      initialWidth: NODE_WIDTH,
      initialHeight: NODE_HEIGHT,
      handles: expectedHandles(activity.type, outcomes),
      data: { activity, category: descriptor?.category ?? "Unknown", outcomes, known: catalog === undefined || descriptor !== undefined },
    };
  });
  const ids = edgeIds(connections);
  const edges = connections.map(
    (connection, i): ConnectionEdge => ({
      id: ids[i],
      source: connection.from,
      sourceHandle: outcomeOf(connection.outcome),
      target: connection.to,
      label: outcomeOf(connection.outcome),
      data: { connection },
    }),
  );
  return { nodes, edges };
}

/**
 * Back to a definition: activities in node order, connections in edge order, everything else from the base. A
 * node's position is written to its layout only when writePositions (the user moved or added something), so an
 * auto-laid-out runbook opened and saved as it is keeps no layout it did not have.
 */
export function fromGraph(base: RunbookDefinition, nodes: ActivityNode[], edges: ConnectionEdge[], writePositions = false): RunbookDefinition {
  const activities = nodes.map((n) => (writePositions ? withPosition(n.data.activity, n.position) : n.data.activity));
  const connections = edges.map((e) => e.data?.connection ?? connectionOf(e));
  const result: RunbookDefinition = { ...base, activities };
  if (base.connections !== undefined || connections.length > 0) result.connections = connections;
  return result;
}

function connectionOf(edge: Edge): ConnectionDefinition {
  return { from: edge.source, outcome: edge.sourceHandle ?? "Done", to: edge.target };
}

export function withPosition(activity: ActivityDefinition, position: Position): ActivityDefinition {
  const current = storedPosition(activity);
  const x = Math.round(position.x);
  const y = Math.round(position.y);
  if (current && current.x === x && current.y === y) return activity;
  return { ...activity, layout: { ...(activity.layout ?? {}), x, y } };
}
