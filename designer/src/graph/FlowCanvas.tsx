// The flowchart of a runbook, shared by the designer (editable), the run view and the diff (read only).
import {
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  ControlButton,
  Controls,
  getNodesBounds,
  getViewportForBounds,
  MiniMap,
  ReactFlow,
  type Connection,
  type EdgeChange,
  type FitViewOptions,
  type NodeChange,
  type ReactFlowInstance,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useEffect, useRef, useState } from "react";
import type { Position, RunbookDefinition } from "../api/types";
import type { Catalog } from "../shell/catalog";
import { nodeTypes } from "./ActivityNodeView";
import { edgeTypes } from "./OutcomeEdge";
import { toGraph, type ActivityNode, type ActivityNodeData, type ConnectionEdge } from "./mapping";

export interface CanvasProps {
  definition: RunbookDefinition;
  catalog: Catalog | undefined;
  positions: Map<string, Position>;
  decorate?: (id: string) => Partial<ActivityNodeData> | undefined;
  /** Changes when a decoration changes, so nodes are rebuilt. */
  decorationKey?: unknown;
  edgeClass?: (edgeId: string) => string | undefined;
  editable?: boolean;
  onSelectionChange?: (activityIds: string[]) => void;
  onMoved?: (moved: Map<string, Position>, all: Map<string, Position>) => void;
  onConnect?: (from: string, outcome: string, to: string) => void;
  onDelete?: (activityIds: Set<string>, edgeIds: Set<string>) => void;
  onDrop?: (type: string, position: Position) => void;
  onInit?: (flow: ReactFlowInstance<ActivityNode, ConnectionEdge>) => void;
  onNodeClick?: (id: string) => void;
  dropType?: string;
}

function sameDecoration(a: ActivityNodeData, b: Partial<ActivityNodeData> | undefined) {
  return a.errors === b?.errors && a.runState === b?.runState && a.diff === b?.diff && a.live === b?.live;
}

/** The nodes of the graph, keeping each unchanged node object (React Flow then leaves it alone: fast on big runbooks) and what React Flow measured and selected. */
function mergeNodes(graph: ReturnType<typeof toGraph>, previous: ActivityNode[], decorate: CanvasProps["decorate"]): ActivityNode[] {
  const byId = new Map(previous.map((n) => [n.id, n]));
  return graph.nodes.map((n) => {
    const decoration = decorate?.(n.id);
    const old = byId.get(n.id);
    if (old && old.data.activity === n.data.activity && old.position.x === n.position.x && old.position.y === n.position.y && old.data.outcomes.join() === n.data.outcomes.join() && sameDecoration(old.data, decoration)) {
      return old;
    }
    return { ...n, data: { ...n.data, ...decoration }, selected: old?.selected, measured: old?.measured };
  });
}

function mergeEdges(graph: ReturnType<typeof toGraph>, previous: ConnectionEdge[], edgeClass: CanvasProps["edgeClass"]): ConnectionEdge[] {
  const selected = new Set(previous.filter((e) => e.selected).map((e) => e.id));
  return graph.edges.map((e) => ({ ...e, selected: selected.has(e.id), className: edgeClass?.(e.id) }));
}

function buildGraph(props: CanvasProps) {
  const graph = toGraph(props.definition, props.catalog, props.positions);
  if (graph.nodes.length > 0) performance.mark("vcr:graph");
  return graph;
}

export function FlowCanvas(props: CanvasProps) {
  // The first render already has the graph (no empty pass, then a second one from an effect).
  const [initial] = useState(() => buildGraph(props));
  const [nodes, setNodes] = useState<ActivityNode[]>(() => mergeNodes(initial, [], props.decorate));
  const [edges, setEdges] = useState<ConnectionEdge[]>(() => mergeEdges(initial, [], props.edgeClass));
  const flow = useRef<ReactFlowInstance<ActivityNode, ConnectionEdge> | null>(null);
  // Fit once, to what the runbook has when opened; an empty canvas stays at 100% so drops land where aimed.
  const [fitOnOpen] = useState(() => props.definition.activities.length > 0);
  // The minimap redraws every node on every change: on big runbooks it is off until asked for.
  const [minimap, setMinimap] = useState(() => props.definition.activities.length <= 300);
  const propsRef = useRef(props);
  propsRef.current = props;

  // Rebuilt when the definition, catalog, positions or decorations change (not on the first render: done above).
  const builtFrom = useRef<unknown[]>([props.definition, props.catalog, props.positions, props.decorationKey]);
  useEffect(() => {
    const inputs = [props.definition, props.catalog, props.positions, props.decorationKey];
    if (inputs.every((x, i) => x === builtFrom.current[i])) return;
    builtFrom.current = inputs;
    const graph = buildGraph(props);
    setNodes((previous) => mergeNodes(graph, previous, props.decorate));
    setEdges((previous) => mergeEdges(graph, previous, props.edgeClass));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.definition, props.catalog, props.positions, props.decorationKey]);

  // Fitting from the nodes' positions and sizes: React Flow's own fitView waits until every node has been drawn and
  // measured, which nodes out of view never are (only those in view are drawn, so big runbooks open fast).
  const pane = useRef<HTMLDivElement>(null);
  const fitAll = async (options?: FitViewOptions) => {
    const f = flow.current;
    const el = pane.current;
    if (!f || !el || f.getNodes().length === 0) return false;
    const viewport = getViewportForBounds(getNodesBounds(f.getNodes()), el.clientWidth, el.clientHeight, options?.minZoom ?? 0.05, options?.maxZoom ?? 1, options?.padding ?? 0.1);
    await f.setViewport(viewport, { duration: options?.duration });
    return true;
  };
  const fitted = useRef(!fitOnOpen);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (fitted.current || !ready || nodes.length === 0) return;
    fitted.current = true;
    void fitAll({ maxZoom: 1 });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, nodes.length]);

  const onNodesChange = (changes: NodeChange<ActivityNode>[]) => {
    setNodes((ns) => {
      const next = applyNodeChanges(changes, ns);
      if (changes.some((c) => c.type === "select")) {
        propsRef.current.onSelectionChange?.(next.filter((n) => n.selected).map((n) => n.id));
      }
      return next;
    });
  };
  const onEdgesChange = (changes: EdgeChange<ConnectionEdge>[]) => setEdges((es) => applyEdgeChanges(changes, es));

  const editable = props.editable === true;
  return (
    <div
      className="canvas"
      data-testid="canvas"
      ref={pane}
      onDragOver={(e) => {
        if (editable && props.dropType && e.dataTransfer.types.includes(props.dropType)) {
          e.preventDefault();
          e.dataTransfer.dropEffect = "copy";
        }
      }}
      onDrop={(e) => {
        if (!editable || !props.dropType || !flow.current) return;
        const type = e.dataTransfer.getData(props.dropType);
        if (!type) return;
        e.preventDefault();
        props.onDrop?.(type, flow.current.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
      }}
    >
      <ReactFlow<ActivityNode, ConnectionEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onInit={(instance) => {
          flow.current = instance;
          setReady(true);
          props.onInit?.({ ...instance, fitView: fitAll });
        }}
        onNodeClick={(_, node) => props.onNodeClick?.(node.id)}
        onNodeDragStop={(_, __, dragged) => {
          const moved = new Map(dragged.map((n) => [n.id, n.position]));
          const all = new Map((flow.current?.getNodes() ?? nodes).map((n) => [n.id, n.position]));
          props.onMoved?.(moved, all);
        }}
        onConnect={(c: Connection) => c.sourceHandle && props.onConnect?.(c.source, c.sourceHandle, c.target)}
        onDelete={({ nodes: n, edges: e }) => props.onDelete?.(new Set(n.map((x) => x.id)), new Set(e.map((x) => x.id)))}
        nodesDraggable={editable}
        nodesConnectable={editable}
        elementsSelectable
        deleteKeyCode={editable ? ["Delete", "Backspace"] : null}
        multiSelectionKeyCode={["Shift", "Meta", "Control"]}
        selectionKeyCode="Shift"
        defaultEdgeOptions={{ type: "outcome" }}
        onlyRenderVisibleElements
        minZoom={0.05}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={20} />
        <Controls showInteractive={false} showFitView={false}>
          <ControlButton onClick={() => void fitAll({ maxZoom: 1, duration: 200 })} title="Zoom to fit" aria-label="Zoom to fit">
            ⤢
          </ControlButton>
          <ControlButton onClick={() => setMinimap(!minimap)} title={minimap ? "Hide the minimap" : "Show the minimap"} aria-label="Toggle minimap">
            ▦
          </ControlButton>
        </Controls>
        {minimap && <MiniMap pannable zoomable nodeStrokeWidth={3} />}
      </ReactFlow>
    </div>
  );
}
