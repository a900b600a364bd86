import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { RunbookDefinition } from "../../src/api/types";
import { diffRunbooks, mergedForDiff } from "../../src/graph/diff";

const repo = path.resolve(__dirname, "../../..");
const patching = JSON.parse(fs.readFileSync(path.join(repo, "runbooks/patching.json"), "utf8")) as RunbookDefinition;

describe("diff between two versions", () => {
  it("finds nothing between a runbook and itself, nor when only positions moved", () => {
    const moved = { ...patching, activities: patching.activities.map((a, i) => ({ ...a, layout: { x: i * 10, y: 0 } })) };
    const diff = diffRunbooks(patching, moved);
    expect(diff).toEqual({ added: [], removed: [], changed: [], connectionsAdded: [], connectionsRemoved: [], runbook: [] });
  });

  it("names added, removed and changed activities, the fields that changed, and connections", () => {
    const [first, second, ...rest] = patching.activities;
    const after: RunbookDefinition = {
      ...patching,
      name: "Patch it",
      activities: [first, { ...second, inputs: { ...second.inputs, Extra: 1 }, timeout: "00:01:00" }, ...rest.slice(1), { id: "added", type: "Log" }],
      connections: [...(patching.connections ?? []).filter((c) => c.from !== rest[0].id && c.to !== rest[0].id), { from: first.id, to: "added" }],
    };
    const diff = diffRunbooks(patching, after);
    expect(diff.added).toEqual(["added"]);
    expect(diff.removed).toEqual([rest[0].id]);
    expect(diff.changed).toEqual([{ id: second.id, fields: ["timeout", "inputs.Extra"] }]);
    expect(diff.connectionsAdded).toEqual([`${first.id}:Done->added`]);
    expect(diff.connectionsRemoved.length).toBeGreaterThan(0);
    expect(diff.runbook).toEqual(["name"]);
    const merged = mergedForDiff(patching, after);
    expect(merged.activities.map((a) => a.id)).toContain(rest[0].id);
    expect(merged.activities.map((a) => a.id)).toContain("added");
  });
});
