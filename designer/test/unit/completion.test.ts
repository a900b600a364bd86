import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ActivityDescriptor, RunbookDefinition } from "../../src/api/types";
import { accept, complete, inCode, scriptApi, type Surface } from "../../src/editor/completion";
import { scopeOf } from "../../src/graph/scope";
import { makeCatalog } from "../../src/shell/catalog";

const fixture = (name: string) => JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures", name), "utf8"));
const catalog = makeCatalog(fixture("activities.json") as ActivityDescriptor[]);
// A snapshot of GET /api/expressions/surface (the code guard's allowlist as the server describes it).
const surface = fixture("surface.json") as Surface;
const patching = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../runbooks/patching.json"), "utf8")) as RunbookDefinition;

const definition: RunbookDefinition = {
  id: "c",
  name: "c",
  inputs: [{ name: "target", type: "string" }, { name: "wait", type: "timespan" }, { name: "hosts", type: "string[]" }],
  variables: [{ name: "attempt", type: "int" }],
  activities: [
    { id: "start", type: "Start" },
    { id: "login", type: "CreateSession", inputs: { Target: { expr: "Inputs.target" } } },
    { id: "log", type: "Log", inputs: { Message: "x" } },
    { id: "later", type: "CreateSession" },
  ],
  connections: [{ from: "start", to: "login" }, { from: "login", to: "log" }, { from: "log", to: "later" }],
};
const scope = scopeOf(definition, "log", catalog);

/** Completions with the caret at the end of text (or at the | in it). */
function at(textWithCaret: string, forced = false) {
  const caret = textWithCaret.includes("|") ? textWithCaret.indexOf("|") : textWithCaret.length;
  const text = textWithCaret.replace("|", "");
  return { text, result: complete(text, caret, scope, surface, forced) };
}
const labels = (textWithCaret: string, forced = false) => at(textWithCaret, forced).result?.items.map((i) => i.label) ?? [];

describe("expression completions", () => {
  it("lists the runbook's inputs and variables after Inputs. and Variables., narrowed by what is typed", () => {
    expect(labels("Inputs.")).toEqual(["target", "wait", "hosts"]);
    expect(labels("Inputs.ta")).toEqual(["target"]);
    expect(labels("Variables.")).toEqual(["attempt"]);
    expect(at("Inputs.").result!.items[0].detail).toBe("runbook input (string)");
  });

  it("offers the outputs of earlier activities only, typed from the catalog, matched by any word of them", () => {
    const outputs = labels("", true).filter((l) => l.startsWith("Output"));
    expect(outputs).toEqual(['Output<string>("login", "Session")', 'Output<string>("login", "User")']);
    expect(labels("Sess")).toContain('Output<string>("login", "Session")');
    // "later" comes after "log": its outputs are not in scope there.
    expect(labels("", true).some((l) => l.includes('"later"'))).toBe(false);
  });

  it("offers the helpers the code guard allows, and not those it refuses", () => {
    expect(labels("Math.Ro")).toEqual(["Round"]);
    expect(labels("TimeSpan.FromM")).toEqual(["FromMicroseconds", "FromMilliseconds", "FromMinutes"]);
    expect(labels("string.IsNullOr")).toEqual(["IsNullOrEmpty", "IsNullOrWhiteSpace"]);
    expect(labels("DateTime.")).not.toContain("Now");
    expect(labels("DateTime.")).not.toContain("UtcNow");
    expect(labels("Guid.")).not.toContain("NewGuid");
    expect(labels("Environ")).toEqual([]);
    expect(labels("StringComparison.")).toContain("OrdinalIgnoreCase");
    expect(labels("System.Text.RegularExpressions.Regex.")).toContain("Replace");
  });

  it("follows the types along a chain: inputs by their declared type, outputs by Output<T>, members by their return type", () => {
    expect(labels("Inputs.target.ToUpp")).toEqual(["ToUpper", "ToUpperInvariant"]);
    expect(labels("Inputs.target.Trim().Sub")).toEqual(["Substring"]);
    expect(labels("Inputs.wait.TotalMin")).toEqual(["TotalMinutes"]);
    expect(labels('Output<string>("login", "Session").Len')).toEqual(["Length"]);
    expect(labels("Inputs.hosts.Whe")).toEqual(["Where"]);
    expect(labels("Inputs.hosts.")).toContain("Length");
    expect(labels("TimeSpan.FromMinutes(5).Tot")).toContain("TotalSeconds");
    expect(labels("Inputs.nope.")).toEqual([]);
  });

  it("does not complete inside strings or comments, but does inside an interpolation's braces", () => {
    expect(inCode('"Inputs.', 8)).toBe(false);
    expect(labels('"Inputs.')).toEqual([]);
    expect(labels("// Inputs.")).toEqual([]);
    expect(labels('$"{Inputs.')).toEqual(["target", "wait", "hosts"]);
    expect(labels('$"{Inputs.target} and Inputs.')).toEqual([]);
    expect(labels('"a" + Inputs.')).toEqual(["target", "wait", "hosts"]);
  });

  it("opens on a word only when asked or typed, and replaces just the typed word on accept", () => {
    expect(at("").result).toBeNull();
    expect(labels("", true).slice(0, 2)).toEqual(["Inputs", "Variables"]);
    const { text, result } = at("Math.Ro| + 1");
    const round = result!.items[0];
    expect(accept(text, result!, round)).toEqual({ text: "Math.Round() + 1", caret: "Math.Round(".length });
    const upper = at("Inputs.target.ToUpperInv").result!;
    // No arguments on any overload: the caret goes after the parentheses.
    expect(accept("Inputs.target.ToUpperInv", upper, upper.items[0])).toEqual({ text: "Inputs.target.ToUpperInvariant()", caret: 32 });
  });

  it("works on a shipped runbook: the patching runbook's later nodes see its inputs and earlier outputs", () => {
    const last = patching.activities[patching.activities.length - 1].id;
    const s = scopeOf(patching, last, catalog);
    expect(complete("Inputs.", 7, s, surface)!.items.map((i) => i.label)).toEqual((patching.inputs ?? []).map((p) => p.name));
    expect(s.outputs.length).toBeGreaterThan(0);
  });

  it("offers a script the activity API from the catalog, not the flowchart built-ins, and the same helpers", () => {
    const script = { inputs: [], variables: [], outputs: [], script: scriptApi(catalog.all) };
    const names = complete("Crea", 4, script, surface)!.items.map((i) => i.label);
    expect(names).toContain("CreateSession");
    const all = complete("", 0, script, surface, true)!.items.map((i) => i.label);
    expect(all).not.toContain("ForEach");
    expect(all).not.toContain("RunId");
    const create = complete("await CreateSes", 15, script, surface)!;
    expect(create.items[0].detail).toMatch(/^await CreateSession\(target, kind\?\)/);
    expect(accept("await CreateSes", create, create.items[0])).toEqual({ text: "await CreateSession()", caret: "await CreateSession(".length });
    expect(complete("var d = TimeSpan.FromH", 22, script, surface)!.items.map((i) => i.label)).toEqual(["FromHours"]);
  });
});
