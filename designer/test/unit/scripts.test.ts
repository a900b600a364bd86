import { describe, expect, it } from "vitest";
import type { JournalEntry } from "../../src/api/types";
import { linesCSharp } from "../../src/editor/csharp";
import { applyJournal, type NodeRunState } from "../../src/runs/nodeStates";
import { markStarted } from "../../src/runs/useRunStream";
import { errorLine, journalOfLine, lineOf, lineStates } from "../../src/scripts/lines";

const line = (seq: number, kind: string, activityId: string | null, message = ""): JournalEntry => ({ seq, kind, activityId, message });

describe("a script run's progress by line", () => {
  it("folds each line's calls and log lines into one state, the most urgent first", () => {
    const journal = [
      line(1, "activity-completed", "L5.1", "CheckHealth (line 5) completed (attempt 1): Healthy"),
      line(2, "log", "L9", "backing up"),
      line(3, "activity-completed", "L12.2", "StageAndInstall (line 12) completed"),
      line(4, "activity-faulted", "L12.3", "StageAndInstall (line 12) failed on attempt 1: boom"),
      line(5, "activity-faulted", "L14.4", "Delay (line 14) failed on attempt 1: x; retrying at 2026-12-03T12:00:00Z"),
      line(6, "activity-suspended", "L20.5", "Ask (line 20) waiting on question"),
    ];
    const calls = new Map<string, NodeRunState>();
    for (const entry of journal) applyJournal(calls, entry);
    markStarted(calls, "L30.6"); // started, nothing journaled yet
    markStarted(calls, "L5.1"); // a late start event does not undo a completed call

    const lines = lineStates(calls, journal);

    expect(lines.get(5)).toEqual({ state: "completed", calls: 1, retries: 0 });
    expect(lines.get(9)).toEqual({ state: "logged", calls: 0, retries: 0 });
    expect(lines.get(12)).toEqual({ state: "faulted", calls: 2, retries: 0 });
    expect(lines.get(14)).toEqual({ state: "waiting", calls: 1, retries: 1 });
    expect(lines.get(20)?.state).toBe("waiting");
    expect(lines.get(30)?.state).toBe("running");
    expect(lines.has(7)).toBe(false);
    expect(journalOfLine(journal, 12).map((e) => e.seq)).toEqual([3, 4]);
  });

  it("reads lines from journal ids and error paths, and nothing else", () => {
    expect([lineOf("L24.1"), lineOf("L24"), lineOf("backup"), lineOf(null)]).toEqual([24, 24, undefined, undefined]);
    expect([errorLine("runbooks/patching.csx:44:13"), errorLine("runbooks/x.csx:3"), errorLine("$.activities[0]")]).toEqual([44, 3, undefined]);
  });
});

describe("the script code view", () => {
  it("has one highlighted line per code line, a comment or string across lines keeping its colour", () => {
    const code = '// id: x\nvar a = Input<string>("a", "A.");\n/* two\nlines */\nLog($"hi {a}");';
    const lines = linesCSharp(code);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toEqual([{ text: "// id: x", cls: "cs-comment" }]);
    expect(lines[3][0]).toEqual({ text: "lines */", cls: "cs-comment" });
    expect(lines[4].find((t) => t.cls === "cs-string")?.text).toBe('$"hi {a}"');
    expect(lines.map((ts) => ts.map((t) => t.text).join("")).join("\n")).toBe(code);
  });
});
