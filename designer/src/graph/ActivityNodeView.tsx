import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { ActivityNode } from "./mapping";
import { liveSummary, liveTone } from "../live/live";

const stateLabels: Record<string, string> = {
  pending: "pending",
  running: "running",
  waiting: "waiting",
  completed: "completed",
  faulted: "faulted",
  compensated: "compensated",
  skipped: "not reached",
};

/** One activity: its name and type, an input port on top and one output port per outcome below. */
export const ActivityNodeView = memo(function ActivityNodeView({ data, selected }: NodeProps<ActivityNode>) {
  const { activity, outcomes, errors, runState, diff, category, known, live } = data;
  const classes = ["activity-node", `category-${category.replace(/\W+/g, "-").toLowerCase()}`];
  if (selected) classes.push("selected");
  if (errors?.length) classes.push("has-errors");
  if (!known) classes.push("unknown-type");
  if (runState) classes.push(`state-${runState.state}`);
  if (diff) classes.push(`diff-${diff}`);
  return (
    <div className={classes.join(" ")} data-activity-id={activity.id} data-state={runState?.state} title={errors?.map((e) => `${e.field}: ${e.reason}`).join("\n")}>
      {activity.type !== "Start" && <Handle type="target" position={Position.Top} />}
      <div className="activity-title">{activity.displayName || activity.id}</div>
      <div className="activity-type">
        {activity.type}
        {runState && (
          <span className="run-state" data-testid="run-state">
            {" · "}
            {stateLabels[runState.state] ?? runState.state}
            {runState.retries > 0 ? ` · retried ${runState.retries}` : ""}
          </span>
        )}
      </div>
      {errors?.length ? <span className="error-badge">{errors.length}</span> : null}
      {live && (
        <span className={`live-chip ${liveTone(live)}`} data-testid="live-chip" title={live.status === "ok" ? `${live.target}: ${liveSummary(live)}` : (live.message ?? live.status)}>
          {liveSummary(live)}
        </span>
      )}
      <div className="outcomes">
        {outcomes.map((outcome, i) => (
          <span key={outcome} className="outcome" style={{ left: `${((i + 0.5) / outcomes.length) * 100}%` }}>
            <span className="outcome-label">{outcome}</span>
            <Handle type="source" id={outcome} position={Position.Bottom} data-outcome={outcome} />
          </span>
        ))}
      </div>
    </div>
  );
});

export const nodeTypes = { activity: ActivityNodeView };
