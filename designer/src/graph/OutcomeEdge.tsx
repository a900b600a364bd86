import { BaseEdge, getSmoothStepPath, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import type { ConnectionEdge } from "./mapping";

/**
 * A connection: a smooth-step path with its outcome written at the middle. React Flow's own edge label measures its
 * text (getBBox, one forced layout per edge, then a second render) to size a background box; this one centres the
 * text with text-anchor and draws the background as a halo (paint-order stroke), so an edge renders once and
 * nothing is measured — that was the largest single cost of opening a 100-node runbook.
 */
export const OutcomeEdge = memo(function OutcomeEdge(props: EdgeProps<ConnectionEdge>) {
  const [path, labelX, labelY] = getSmoothStepPath(props);
  return (
    <>
      <BaseEdge id={props.id} path={path} markerEnd={props.markerEnd} markerStart={props.markerStart} style={props.style} interactionWidth={props.interactionWidth} />
      {props.label ? (
        <text className="outcome-edge-label" x={labelX} y={labelY} textAnchor="middle" dominantBaseline="central">
          {props.label}
        </text>
      ) : null}
    </>
  );
});

export const edgeTypes = { outcome: OutcomeEdge };
