import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ActivityDescriptor, RunbookDefinition } from "../../src/api/types";
import { addActivity, connect, copyFragment, fixPositions, moveActivities, parseFragment, pasteFragment, remove, renameActivity } from "../../src/graph/edits";
import { autoLayout } from "../../src/graph/layout";
import { edgeIds, fromGraph, NODE_HEIGHT, NODE_WIDTH, toGraph } from "../../src/graph/mapping";
import { makeCatalog } from "../../src/shell/catalog";

const repo = path.resolve(__dirname, "../../..");
const catalog = makeCatalog(JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures/activities.json"), "utf8")) as ActivityDescriptor[]);
const runbookFiles = fs.readdirSync(path.join(repo, "runbooks")).filter((f) => f.endsWith(".json"));
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(repo, "runbooks", file), "utf8")) as RunbookDefinition;

describe("definition -> graph -> definition", () => {
  it.each(runbookFiles)("%s comes back as identical JSON", (file) => {
    const text = fs.readFileSync(path.join(repo, "runbooks", file), "utf8");
    const definition = JSON.parse(text) as RunbookDefinition;
    const { nodes, edges } = toGraph(definition, catalog, autoLayout(definition));
    expect(JSON.stringify(fromGraph(definition, nodes, edges))).toBe(JSON.stringify(JSON.parse(text)));
  });

  it("gives every node its size and ports up front, so the canvas draws only the nodes in view (big runbooks open fast)", () => {
    const { nodes, edges } = toGraph(read("backup.json"), catalog, new Map());
    for (const n of nodes) {
      expect([n.initialWidth, n.initialHeight]).toEqual([NODE_WIDTH, NODE_HEIGHT]);
      expect(n.handles!.filter((h) => h.type === "source").map((h) => h.id)).toEqual(n.data.outcomes);
      expect(n.handles!.some((h) => h.type === "target")).toBe(n.data.activity.type !== "Start");
    }
    // Every edge finds both of its ports without the nodes being drawn first.
    const byId = new Map(nodes.map((n) => [n.id, n]));
    for (const e of edges) expect(byId.get(e.source)!.handles!.some((h) => h.type === "source" && h.id === e.sourceHandle)).toBe(true);
  });

  it("makes a node per activity with its catalog outcomes as ports, and an edge per connection labelled by outcome", () => {
    const definition = read("backup.json");
    const { nodes, edges } = toGraph(definition, catalog, new Map());
    expect(nodes.map((n) => n.id)).toEqual(definition.activities.map((a) => a.id));
    expect(nodes.find((n) => n.id === "wait")!.data.outcomes).toEqual(["Succeeded", "Failed", "TimedOut", "Question"]);
    expect(nodes.find((n) => n.id === "end")!.data.outcomes).toEqual([]);
    expect(edges).toHaveLength(definition.connections!.length);
    const started = edges.find((e) => e.source === "backup" && e.target === "wait")!;
    expect(started.label).toBe("Started");
    expect(started.sourceHandle).toBe("Started");
    expect(edges.find((e) => e.source === "start")!.label).toBe("Done");
  });

  it("adds the ports of a literal dynamic-outcomes input (Switch cases) and of outcomes connections use", () => {
    const definition: RunbookDefinition = {
      id: "s", name: "s",
      activities: [{ id: "start", type: "Start" }, { id: "sw", type: "Switch", inputs: { Cases: ["a", "b"] } }, { id: "end", type: "End" }],
      connections: [{ from: "start", to: "sw" }, { from: "sw", outcome: "legacy", to: "end" }],
    };
    const sw = toGraph(definition, catalog, new Map()).nodes.find((n) => n.id === "sw")!;
    expect(sw.data.outcomes).toEqual(["Default", "a", "b", "legacy"]);
  });

  it("uses the stored layout position over auto-layout, and marks types missing from the catalog", () => {
    const definition: RunbookDefinition = { id: "p", name: "p", activities: [{ id: "a", type: "Nope", layout: { x: 7, y: 9 } }] };
    const [node] = toGraph(definition, catalog, new Map([["a", { x: 100, y: 100 }]])).nodes;
    expect(node.position).toEqual({ x: 7, y: 9 });
    expect(node.data.known).toBe(false);
  });
});

describe("edits", () => {
  const base = (): RunbookDefinition => ({ id: "e", name: "e", activities: [{ id: "start", type: "Start" }, { id: "log", type: "Log" }], connections: [{ from: "start", to: "log" }] });

  it("writes no layout while nothing was moved, and fixes every position on the first move", () => {
    const d = base();
    const positions = autoLayout(d);
    expect(fromGraph(d, toGraph(d, catalog, positions).nodes, toGraph(d, catalog, positions).edges).activities.every((a) => a.layout === undefined)).toBe(true);
    const moved = moveActivities(fixPositions(d, positions), new Map([["log", { x: 300.4, y: 200.6 }]]));
    expect(moved.activities[1].layout).toEqual({ x: 300, y: 201 });
    expect(moved.activities[0].layout).toEqual(positions.get("start"));
  });

  it("adds an activity with a unique id at the drop position and connects by outcome", () => {
    let d = addActivity(base(), "Log", { x: 10, y: 20 }).definition;
    expect(d.activities[2]).toEqual({ id: "log2", type: "Log", inputs: {}, layout: { x: 10, y: 20 } });
    d = connect(d, "log", "Done", "log2");
    expect(d.connections!.at(-1)).toEqual({ from: "log", outcome: "Done", to: "log2" });
    expect(connect(d, "log", "Done", "log2")).toBe(d);
  });

  it("removes activities with the connections touching them, and connections by edge id", () => {
    const d = connect(addActivity(base(), "End", { x: 0, y: 0 }).definition, "log", "Done", "end");
    expect(remove(d, new Set(["log"]), new Set()).connections).toEqual([]);
    const [first] = edgeIds(d.connections!);
    expect(remove(d, new Set(), new Set([first])).connections).toEqual([{ from: "log", outcome: "Done", to: "end" }]);
  });

  it("renames an activity in its connections and compensations", () => {
    const d: RunbookDefinition = { ...base(), activities: [{ id: "start", type: "Start" }, { id: "log", type: "Log", compensation: "undo" }, { id: "undo", type: "Log" }] };
    const r = renameActivity(d, "undo", "rollback");
    expect(r.activities[1].compensation).toBe("rollback");
    expect(renameActivity(d, "log", "say").connections).toEqual([{ from: "start", to: "say" }]);
  });

  it("copies a selection with its inner connections and pastes it with fresh ids, also into another runbook", () => {
    const d = base();
    const fragment = parseFragment(JSON.stringify(copyFragment(d, new Set(["start", "log"]), autoLayout(d))))!;
    expect(fragment.connections).toEqual([{ from: "start", to: "log" }]);
    const pasted = pasteFragment(d, fragment, { x: 40, y: 40 });
    expect(pasted.ids).toEqual(["start2", "log2"]);
    expect(pasted.definition.connections!.at(-1)).toEqual({ from: "start2", to: "log2" });
    const other = pasteFragment({ id: "o", name: "o", activities: [] }, fragment, { x: 0, y: 0 });
    expect(other.ids).toEqual(["start", "log"]);
    expect(parseFragment("not json")).toBeNull();
    expect(parseFragment('{"id":"x"}')).toBeNull();
  });
});

describe("auto-layout", () => {
  it("lays a big runbook out in layers: every connection points down except loops, no two nodes overlap", async () => {
    const { layeredLayout } = await import("../../src/graph/layout");
    const activities = [{ id: "start", type: "Start" }, ...Array.from({ length: 999 }, (_, i) => ({ id: `a${i}`, type: "Log" }))];
    const connections = activities.slice(1).map((a, i) => ({ from: activities[i].id, to: a.id }));
    connections.push({ from: "a500", to: "a10" }, { from: "a20", to: "a30" });
    const positions = layeredLayout({ id: "big", name: "big", activities, connections });
    expect(positions.size).toBe(1000);
    for (const c of connections) if (c.from !== "a500") expect(positions.get(c.to)!.y).toBeGreaterThan(positions.get(c.from)!.y);
    const seen = new Set([...positions.values()].map((p) => `${p.x},${p.y}`));
    expect(seen.size).toBe(1000);
  });
});
