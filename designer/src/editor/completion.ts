// Completions for C# expressions: what can follow the caret, from the runbook (its inputs, variables and the outputs
// of earlier activities) and from the server's description of what the code guard allows (GET
// /api/expressions/surface), so the editor never offers what validation would refuse. Pure functions: the field
// (ExpressionField) only shows them.
import { tokensCSharp } from "./csharp";

/** A runbook input or variable: its name and definition value type ("string", "timespan", "string[]"...). */
export interface ScopeName {
  name: string;
  type: string;
  description?: string;
}

/** An output of an activity that can have run before the one being edited. */
export interface ScopeOutput {
  activityId: string;
  activityType: string;
  name: string;
  type: string;
  description?: string;
}

/** What an expression on one activity can read (or, for a script, what it can call). */
export interface ExpressionScope {
  inputs: ScopeName[];
  variables: ScopeName[];
  outputs: ScopeOutput[];
  /** A script's API (its activity methods, Input, Output, Log) instead of RunId, Item and Index. */
  script?: Completion[];
}

export interface SurfaceMember {
  name: string;
  kind: "method" | "property" | "field" | "value";
  signature: string;
  overloads: number;
  extension: boolean;
}

export interface SurfaceType {
  name: string;
  fullName: string;
  keyword: string | null;
  kind: "class" | "struct" | "enum";
  static: SurfaceMember[];
  instance: SurfaceMember[];
}

/** GET /api/expressions/surface: the types expressions may use, and the C# type of each definition value type. */
export interface Surface {
  types: SurfaceType[];
  valueTypes: Record<string, string>;
}

export type CompletionKind = "input" | "variable" | "output" | "scope" | "type" | SurfaceMember["kind"];

export interface Completion {
  /** What the list shows and what the typed word is matched against. */
  label: string;
  /** What replaces the typed word. */
  insert: string;
  /** Where the caret goes, counted from the start of insert (default: its end). */
  caret?: number;
  kind: CompletionKind;
  detail: string;
}

export interface Completions {
  /** The typed word being completed: text[from, to) is replaced on accept. */
  from: number;
  to: number;
  items: Completion[];
}

const MAX_ITEMS = 60;
const identifierChar = /[A-Za-z0-9_]/;

/** The C# type an Output<T>(...) of a catalog output type is read as; null: read it untyped (JsonNode). */
function outputTypeArgument(type: string): string | null {
  return ["string", "int", "long", "double", "bool", "string[]", "int[]"].includes(type) ? type : type === "timespan" ? "TimeSpan" : type === "datetime" ? "DateTimeOffset" : null;
}

/** The code that reads an output: Output<string>("login", "Session"), or Output("a", "B") for untyped values. */
export function outputCode(o: Pick<ScopeOutput, "activityId" | "name" | "type">): string {
  const t = outputTypeArgument(o.type);
  return `Output${t ? `<${t}>` : ""}("${o.activityId}", "${o.name}")`;
}

/** The C# type of a definition value type, as the engine compiles it (Inputs.x of type "timespan" is a TimeSpan). */
function clrTypeOf(valueType: string, surface: Surface | undefined): string {
  return surface?.valueTypes[valueType] ?? outputTypeArgument(valueType) ?? "JsonNode";
}

/** Whether the caret is in code: not in a string or comment (inside an interpolated string's braces counts as code). */
export function inCode(text: string, caret: number): boolean {
  const tokens = tokensCSharp(text.slice(0, caret));
  const last = tokens[tokens.length - 1];
  if (!last) return true;
  if (last.cls === "cs-comment") return !last.text.startsWith("//") && last.text.endsWith("*/");
  if (last.cls !== "cs-string") return true;
  const quote = last.text.indexOf('"');
  const closed = last.text.length > quote + 1 && last.text.endsWith('"') && !last.text.endsWith('\\"');
  if (closed) return true;
  return last.text.startsWith("$") && last.text.lastIndexOf("{") > last.text.lastIndexOf("}");
}

interface Segment {
  name: string;
  /** Type argument of a generic call: Output<string>(...). */
  typeArgument?: string;
  call: boolean;
}

/** The member-access chain that ends at the dot before position `dot` (Inputs.name.Trim() → [Inputs, name, Trim()]). */
export function chainBefore(text: string, dot: number): Segment[] | null {
  const segments: Segment[] = [];
  let i = dot; // text[i] === "."
  for (;;) {
    let end = i; // exclusive end of the segment
    let call = false;
    let typeArgument: string | undefined;
    if (text[end - 1] === ")") {
      let depth = 0;
      let j = end - 1;
      for (; j >= 0; j--) {
        if (text[j] === ")") depth++;
        else if (text[j] === "(" && --depth === 0) break;
      }
      if (j < 0) return null;
      call = true;
      end = j;
      if (text[end - 1] === ">") {
        const open = text.lastIndexOf("<", end - 1);
        if (open < 0) return null;
        typeArgument = text.slice(open + 1, end - 1).trim();
        end = open;
      }
    }
    let start = end;
    while (start > 0 && identifierChar.test(text[start - 1])) start--;
    if (start === end) return null;
    segments.unshift({ name: text.slice(start, end), call, typeArgument });
    if (text[start - 1] !== ".") break;
    i = start - 1;
  }
  return segments;
}

/** What a chain evaluates to: a group of names (Inputs., Variables.), a type named statically, or a value of a C# type. */
type Receiver = { kind: "inputs" } | { kind: "variables" } | { kind: "static"; type: SurfaceType } | { kind: "value"; type: string };

function findType(surface: Surface | undefined, name: string): SurfaceType | undefined {
  const bare = name.replace(/\?$/, "").replace(/<.*>$/, "");
  return surface?.types.find((t) => t.name === bare || t.keyword === bare || t.fullName === bare || t.fullName === `System.${bare}`);
}

function returnTypeOf(member: SurfaceMember): string {
  const at = member.signature.lastIndexOf(": ");
  return at < 0 ? "" : member.signature.slice(at + 2);
}

function isSequence(type: string): boolean {
  const bare = type.replace(/\?$/, "");
  return bare.endsWith("[]") || /^(IEnumerable|IOrderedEnumerable|List|IList|ICollection|IReadOnlyList|IReadOnlyCollection|HashSet|JsonArray|IGrouping)\b/.test(bare);
}

/** The members a value of the C# type offers: its own, and LINQ's on sequences. */
function instanceMembers(type: string, surface: Surface | undefined): SurfaceMember[] {
  const bare = type.replace(/\?$/, "");
  const own = bare.endsWith("[]") ? findType(surface, "Array")?.instance ?? [] : findType(surface, bare)?.instance ?? [];
  if (!isSequence(bare)) return own;
  const linq = (findType(surface, "System.Linq.Enumerable")?.static ?? []).filter((m) => m.extension);
  const names = new Set(own.map((m) => m.name));
  return [...own, ...linq.filter((m) => !names.has(m.name))];
}

function resolve(segments: Segment[], scope: ExpressionScope, surface: Surface | undefined): Receiver | null {
  let receiver: Receiver | null = null;
  let rest = segments;
  const [first] = segments;
  if (first.name === "Inputs" && !first.call) receiver = { kind: "inputs" };
  else if (first.name === "Variables" && !first.call) receiver = { kind: "variables" };
  else if (first.name === "Output" && first.call) receiver = { kind: "value", type: first.typeArgument ?? "JsonNode?" };
  else if (first.name === "RunId" && !first.call) receiver = { kind: "value", type: "string" };
  else if (first.name === "Index" && !first.call) receiver = { kind: "value", type: "int" };
  else if (first.name === "Item" && !first.call) receiver = { kind: "value", type: "JsonNode?" };
  if (receiver) rest = segments.slice(1);
  else {
    // A type by name, keyword or namespace-qualified name (System.Text.RegularExpressions.Regex).
    for (let k = segments.length; k >= 1 && !receiver; k--) {
      if (segments.slice(0, k).some((s) => s.call)) continue;
      const type = findType(surface, segments.slice(0, k).map((s) => s.name).join("."));
      if (type) (receiver = { kind: "static", type }), (rest = segments.slice(k));
    }
  }
  for (const s of rest) {
    if (!receiver) return null;
    if (receiver.kind === "inputs" || receiver.kind === "variables") {
      const named = (receiver.kind === "inputs" ? scope.inputs : scope.variables).find((p) => p.name === s.name);
      if (!named || s.call) return null;
      receiver = { kind: "value", type: clrTypeOf(named.type, surface) };
      continue;
    }
    const members = receiver.kind === "static" ? receiver.type.static : instanceMembers(receiver.type, surface);
    const member = members.find((m) => m.name === s.name && (m.kind === "method") === s.call);
    if (!member) return null;
    receiver = receiver.kind === "static" && receiver.type.kind === "enum" ? { kind: "value", type: receiver.type.name } : { kind: "value", type: returnTypeOf(member) };
  }
  return receiver;
}

function memberCompletion(m: SurfaceMember): Completion {
  const detail = m.signature + (m.overloads > 1 ? ` (+${m.overloads - 1} overload${m.overloads > 2 ? "s" : ""})` : "");
  if (m.kind !== "method") return { label: m.name, insert: m.name, kind: m.kind, detail };
  // The caret goes between the parentheses when some overload takes arguments (an extension's receiver does not count).
  const parameters = m.signature.slice(m.signature.indexOf("(") + 1, m.signature.lastIndexOf(")")).replace(/^this [^,]*,?\s*/, "");
  const takesArguments = m.overloads > 1 || parameters.length > 0;
  return { label: m.name, insert: `${m.name}()`, caret: m.name.length + (takesArguments ? 1 : 2), kind: "method", detail };
}

function topLevel(scope: ExpressionScope, surface: Surface | undefined): Completion[] {
  const items: Completion[] = [];
  if (scope.inputs.length) items.push({ label: "Inputs", insert: "Inputs.", kind: "scope", detail: `the runbook's inputs: ${scope.inputs.map((p) => p.name).join(", ")}` });
  if (scope.variables.length) items.push({ label: "Variables", insert: "Variables.", kind: "scope", detail: `the runbook's variables: ${scope.variables.map((p) => p.name).join(", ")}` });
  for (const o of scope.outputs) {
    const code = outputCode(o);
    items.push({ label: code, insert: code, kind: "output", detail: `${o.activityType} output (${o.type})${o.description ? ": " + o.description : ""}` });
  }
  if (scope.script) items.push(...scope.script);
  else
    items.push(
      { label: "RunId", insert: "RunId", kind: "scope", detail: "the id of this run (string)" },
      { label: "Item", insert: "Item", kind: "scope", detail: "the current ForEach item (JsonNode), inside a ForEach body" },
      { label: "Index", insert: "Index", kind: "scope", detail: "the current ForEach index (int), inside a ForEach body" },
    );
  for (const t of surface?.types ?? []) {
    items.push({ label: t.name, insert: t.name, kind: "type", detail: `${t.kind} ${t.fullName}` });
    if (t.keyword) items.push({ label: t.keyword, insert: t.keyword, kind: "type", detail: `${t.kind} ${t.fullName}` });
  }
  return items;
}

/**
 * Ranks by how the typed word matches: label starts with it (exact case first), then a word inside the label starts
 * with it (Output<string>("login", "Session") for "Sess"). Nothing typed keeps the list's order.
 */
function filter(items: Completion[], word: string): Completion[] {
  if (!word) return items.slice(0, MAX_ITEMS);
  const lower = word.toLowerCase();
  const scored: [number, number, Completion][] = [];
  items.forEach((item, i) => {
    const label = item.label;
    const l = label.toLowerCase();
    const score = label.startsWith(word) ? 0 : l.startsWith(lower) ? 1 : l.split(/[^a-z0-9_]+/).some((w) => w.startsWith(lower)) ? 2 : -1;
    if (score >= 0) scored.push([score, i, item]);
  });
  return scored.sort((a, b) => a[0] - b[0] || a[1] - b[1]).slice(0, MAX_ITEMS).map((s) => s[2]);
}

/**
 * What can be typed at the caret. After a dot: the members of what is before it (Inputs. → the inputs, Math. → Math's
 * static members, Inputs.name. → string's methods...). Elsewhere, only when asked (forced: Ctrl+Space) or while a word
 * is being typed: Inputs, Variables, earlier outputs, RunId/Item/Index and the allowed types. Null: nothing to offer.
 */
export function complete(text: string, caret: number, scope: ExpressionScope, surface: Surface | undefined, forced = false): Completions | null {
  if (!inCode(text, caret)) return null;
  let from = caret;
  while (from > 0 && identifierChar.test(text[from - 1])) from--;
  const word = text.slice(from, caret);
  if (/^\d/.test(word)) return null;
  let items: Completion[];
  if (text[from - 1] === ".") {
    const chain = chainBefore(text, from - 1);
    const receiver = chain && resolve(chain, scope, surface);
    if (!receiver) return null;
    if (receiver.kind === "inputs") items = scope.inputs.map((p) => ({ label: p.name, insert: p.name, kind: "input" as const, detail: `runbook input (${p.type})${p.description ? ": " + p.description : ""}` }));
    else if (receiver.kind === "variables") items = scope.variables.map((p) => ({ label: p.name, insert: p.name, kind: "variable" as const, detail: `variable (${p.type})` }));
    else items = (receiver.kind === "static" ? receiver.type.static : instanceMembers(receiver.type, surface)).map(memberCompletion);
  } else {
    if (!forced && word.length === 0) return null;
    items = topLevel(scope, surface);
  }
  const shown = filter(items, word);
  return shown.length ? { from, to: caret, items: shown } : null;
}

// The flowchart built-ins a script writes in C# instead (if, switch, loops, Task.WhenAll, throw): not API methods.
const flowchartOnly = new Set(["Start", "End", "If", "Switch", "Fork", "Join", "ForEach", "SetVariable", "Log", "Fail"]);
const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** A script's API as completions: every catalog activity as an awaitable method, and Input, Output, Log (docs/scripts.md). */
export function scriptApi(activities: { type: string; description?: string | null; inputs: { name: string; required: boolean }[] }[]): Completion[] {
  const api: Completion[] = activities
    .filter((a) => !flowchartOnly.has(a.type))
    .map((a) => {
      const required = a.inputs.filter((i) => i.required).map((i) => camel(i.name));
      const optional = a.inputs.filter((i) => !i.required).map((i) => `${camel(i.name)}?`);
      return { label: a.type, insert: `${a.type}()`, caret: a.type.length + 1, kind: "method" as const, detail: `await ${a.type}(${[...required, ...optional].join(", ")})${a.description ? ": " + a.description : ""}` };
    });
  api.push(
    { label: "Input", insert: "Input<string>()", caret: "Input<string>(".length, kind: "method", detail: 'var x = Input<T>("name", "description"[, default]): declares a runbook input' },
    { label: "Output", insert: "Output()", caret: "Output(".length, kind: "method", detail: 'Output("name", value): sets a run output' },
    { label: "Log", insert: "Log()", caret: "Log(".length, kind: "method", detail: 'Log("text"): writes a journal line' },
  );
  return api;
}

/** The text after accepting item, and where the caret goes. */
export function accept(text: string, at: Completions, item: Completion): { text: string; caret: number } {
  const next = text.slice(0, at.from) + item.insert + text.slice(at.to);
  return { text: next, caret: at.from + (item.caret ?? item.insert.length) };
}
