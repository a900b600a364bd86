import { describe, expect, it } from "vitest";
import type { RunbookDefinition } from "../../src/api/types";
import { SseParser, type SseMessage } from "../../src/api/sse";
import { literalText, parseLiteral } from "../../src/editor/fields";
import { commitTo, HISTORY_LIMIT, redoOf, undoOf, type History } from "../../src/editor/history";
import { parseRunbookJson } from "../../src/editor/JsonView";
import { errorsByActivity, placeErrors } from "../../src/editor/validation";
import { applyJournal, type NodeRunState } from "../../src/runs/nodeStates";

const d = (n: number): RunbookDefinition => ({ id: "h", name: String(n), activities: [] });

describe("validation errors land on their node and field", () => {
  it("maps activity, expression and connection paths", () => {
    const def: RunbookDefinition = { id: "v", name: "v", activities: [{ id: "start", type: "Start" }, { id: "wait", type: "Delay" }], connections: [{ from: "start", to: "nowhere" }] };
    const placed = placeErrors(def, [
      { path: "$.activities[1].inputs.Duration", reason: "wrong input type" },
      { path: "$.activities[1].inputs.Duration.expr", reason: "CS1002" },
      { path: "$.connections[0].to", reason: "missing activity" },
      { path: "$.inputs[0].name", reason: "bad name" },
    ]);
    expect(placed.map((p) => [p.activityId, p.field])).toEqual([["wait", "inputs.Duration"], ["wait", "inputs.Duration"], ["start", "connection"], [undefined, "inputs[0].name"]]);
    expect(errorsByActivity(placed).get("wait")).toHaveLength(2);
  });
});

describe("undo and redo", () => {
  it("keeps at least 100 steps and redoes what was undone", () => {
    let h: History = { past: [], present: d(0), future: [] };
    for (let i = 1; i <= 150; i++) h = commitTo(h, d(i));
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100);
    for (let i = 0; i < 120; i++) h = undoOf(h);
    expect(h.present.name).toBe("30");
    h = redoOf(h);
    expect(h.present.name).toBe("31");
    h = commitTo(h, d(999));
    expect(h.future).toEqual([]);
  });
});

describe("typed literals", () => {
  it("turns text into the input's type, or names the rule", () => {
    expect(parseLiteral("int", "42")).toEqual({ value: 42 });
    expect(parseLiteral("int", "4.2").error).toBe("a whole number");
    expect(parseLiteral("timespan", "00:05:00")).toEqual({ value: "00:05:00" });
    expect(parseLiteral("timespan", "5 minutes").error).toMatch(/00:05:00/);
    expect(parseLiteral("string[]", "a\n b \n\n")).toEqual({ value: ["a", "b"] });
    expect(parseLiteral("object", "{bad").error).toBe("JSON");
    expect(parseLiteral("string", "")).toEqual({ value: undefined });
  });

  it("reads a map as key=value lines, in order, and names a line without a key or a repeated key", () => {
    expect(parseLiteral("map", "vmdir.password = sso\nreboot=yes=now\n")).toEqual({ value: { "vmdir.password": "sso", reboot: "yes=now" } });
    expect(parseLiteral("map", "ok=1\nno key here").error).toMatch(/line 2 has no key/);
    expect(parseLiteral("map", "a=1\na=2").error).toMatch(/line 2 repeats 'a'/);
    expect(literalText("map", { a: "1", b: "2" })).toBe("a=1\nb=2");
    expect(literalText("map", ["a=1", "b=2"])).toBe("a=1\nb=2");
  });
});

describe("JSON import", () => {
  it("refuses what is not a runbook, naming why", () => {
    expect(parseRunbookJson("{").error).toMatch(/Not valid JSON/);
    expect(parseRunbookJson("[]").error).toMatch(/JSON object/);
    expect(parseRunbookJson('{"id":"x","name":"x"}').error).toMatch(/activities/);
    expect(parseRunbookJson('{"id":"x","name":"x","activities":[{"id":1}]}').error).toMatch(/activities\[0\]/);
    expect(parseRunbookJson('{"id":"x","name":"x","activities":[]}').definition?.id).toBe("x");
  });
});

describe("live run state", () => {
  it("follows the journal: running, retried, waiting, completed, compensated", () => {
    const states = new Map<string, NodeRunState>();
    const line = (kind: string, activityId: string | null, message = "") => applyJournal(states, { seq: 0, kind, activityId, message });
    line("activity-started", "a");
    expect(states.get("a")!.state).toBe("running");
    line("activity-faulted", "a", "X failed on attempt 1: boom; retrying at 2026-01-01T00:00:00Z");
    line("activity-started", "a");
    line("activity-completed", "a");
    expect(states.get("a")).toEqual({ state: "completed", attempts: 2, retries: 1 });
    line("activity-suspended", "q");
    expect(states.get("q")!.state).toBe("waiting");
    line("compensation", "undo", "Compensating 'a' with 'undo'");
    expect(states.get("a")!.state).toBe("compensated");
    line("activity-faulted", "b", "failed on attempt 1: boom");
    expect(states.get("b")!.state).toBe("faulted");
  });

  it("parses server-sent events split across chunks", () => {
    const got: SseMessage[] = [];
    const parser = new SseParser();
    parser.push("event: state\ndata: {\"a\"", (m) => got.push(m));
    parser.push(":1}\n\nid: 5\nevent: journal\r\ndata: x\r\n\r\n", (m) => got.push(m));
    expect(got).toEqual([{ event: "state", data: '{"a":1}', id: undefined }, { event: "journal", data: "x", id: "5" }]);
  });
});
