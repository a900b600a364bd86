import { describe, expect, it } from "vitest";
import { isVCenterActivity, liveSummary, liveTone, type LiveContext } from "../../src/live/live";
import { isSimulation } from "../../src/simulation/simulation";
import catalog from "../fixtures/activities.json";
import type { ActivityDescriptor } from "../../src/api/types";

const base: LiveContext = { target: "vc", status: "ok", readAt: "2026-01-01T00:00:00Z", version: "8.0.2.00100", health: "green", pendingUpdates: [] };

describe("live context", () => {
  it("sums a target up on one line: version, health, then a running job's progress before pending updates", () => {
    expect(liveSummary(base)).toBe("8.0.2.00100 · green");
    expect(liveSummary({ ...base, pendingUpdates: ["8.0.2.00200", "8.0.3.00000"] })).toBe("8.0.2.00100 · green · 2 updates");
    expect(liveSummary({ ...base, pendingUpdates: ["8.0.2.00200"], job: { kind: "update", operation: "install 8.0.2.00200", status: "Running", percent: 40 } })).toBe("8.0.2.00100 · green · update 40%");
    expect(liveSummary({ ...base, status: "unreachable", message: "vc could not be reached" })).toBe("unreachable");
    expect(liveSummary({ ...base, status: "credentials", message: "refused" })).toBe("login refused");
    expect(liveTone({ ...base, health: "red" })).toBe("live-red");
    expect(liveTone({ ...base, status: "unreachable" })).toBe("live-down");
  });

  it("marks exactly the catalog's vCenter activities, and knows a simulation's target", () => {
    const byType = new Map((catalog as ActivityDescriptor[]).map((d) => [d.type, d]));
    expect(isVCenterActivity(byType.get("CheckHealth"))).toBe(true);
    expect(isVCenterActivity(byType.get("StartBackup"))).toBe(true);
    expect(isVCenterActivity(byType.get("Log"))).toBe(false);
    expect(isVCenterActivity(byType.get("Ask"))).toBe(false);
    expect(isVCenterActivity(undefined)).toBe(false);
    expect(isSimulation("simulation~1a2b3c4d")).toBe(true);
    expect(isSimulation("demo-patch")).toBe(false);
    expect(isSimulation(null)).toBe(false);
  });
});
