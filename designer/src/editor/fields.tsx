// Field editors shared by the property panel, the parameters editor and the start-run form. Text fields commit
// when they lose focus (one undo step per finished change), choices and checkboxes at once.
import { useEffect, useState } from "react";
import type { ValueType } from "../api/types";

export const timespanPattern = /^-?(\d+\.)?\d{1,2}:\d{2}:\d{2}(\.\d+)?$/;

export function TextField(props: {
  value: string;
  onCommit: (value: string) => void;
  placeholder?: string;
  multiline?: boolean;
  readOnly?: boolean;
  label?: string;
  name?: string;
  invalid?: string | null;
  list?: string;
}) {
  const [text, setText] = useState(props.value);
  useEffect(() => setText(props.value), [props.value]);
  const commit = () => text !== props.value && props.onCommit(text);
  const common = {
    value: text,
    placeholder: props.placeholder,
    readOnly: props.readOnly,
    "aria-label": props.label,
    name: props.name,
    "aria-invalid": props.invalid ? true : undefined,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setText(e.target.value),
    onBlur: commit,
  };
  return props.multiline ? (
    <textarea {...common} rows={3} />
  ) : (
    <input {...common} list={props.list} onKeyDown={(e) => e.key === "Enter" && (e.currentTarget as HTMLInputElement).blur()} />
  );
}

/** A typed literal: what the user typed, turned into the JSON value for its type, or an error naming the rule. */
export function parseLiteral(type: ValueType | undefined, text: string): { value?: unknown; error?: string } {
  if (text === "") return { value: undefined };
  switch (type) {
    case "int":
    case "long":
      return /^-?\d+$/.test(text.trim()) ? { value: Number(text) } : { error: "a whole number" };
    case "double":
      return text.trim() !== "" && !Number.isNaN(Number(text)) ? { value: Number(text) } : { error: "a number" };
    case "timespan":
      return timespanPattern.test(text.trim()) ? { value: text.trim() } : { error: "a duration like 00:05:00 or 1.00:00:00" };
    case "string[]":
      return { value: text.split("\n").map((s) => s.trim()).filter(Boolean) };
    case "map":
      return parseMap(text);
    case "int[]": {
      const parts = text.split(/[\s,]+/).filter(Boolean);
      return parts.every((p) => /^-?\d+$/.test(p)) ? { value: parts.map(Number) } : { error: "whole numbers, one per line" };
    }
    case "array":
    case "object":
    case undefined:
      try {
        return { value: JSON.parse(text) };
      } catch {
        return type === undefined ? { value: text } : { error: "JSON" };
      }
    default:
      return { value: text };
  }
}

export function literalText(type: ValueType | undefined, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (type === "string[]" && Array.isArray(value)) return value.join("\n");
  if (type === "int[]" && Array.isArray(value)) return value.join("\n");
  if (type === "map" && Array.isArray(value)) return value.join("\n");
  if (type === "map" && typeof value === "object") return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}=${String(v)}`).join("\n");
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** A map typed as "key=value" lines (split at the first "="), as the JSON object the engine takes; names a bad line. */
export function parseMap(text: string): { value?: Record<string, string>; error?: string } {
  const map: Record<string, string> = {};
  const lines = text.split("\n").map((s) => s.trim()).filter(Boolean);
  for (const [i, line] of lines.entries()) {
    const eq = line.indexOf("=");
    const key = eq < 0 ? "" : line.slice(0, eq).trim();
    if (key === "") return { error: `key=value, one per line (line ${i + 1} has no key)` };
    if (Object.hasOwn(map, key)) return { error: `key=value, one per line (line ${i + 1} repeats '${key}')` };
    map[key] = line.slice(eq + 1).trim();
  }
  return { value: map };
}
