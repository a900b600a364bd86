// Unsaved edits are kept in the browser's local storage until saved, so a crash, a closed tab or a server outage
// loses nothing.
import type { RunbookDefinition } from "../api/types";

const prefix = "vcrunbooks.unsaved.";

export interface Unsaved {
  definition: RunbookDefinition;
  /** The JSON the edits started from (the draft or version opened). */
  base: string;
  savedAt: string;
}

export function keepUnsaved(key: string, definition: RunbookDefinition, base: string) {
  try {
    localStorage.setItem(prefix + key, JSON.stringify({ definition, base, savedAt: new Date().toISOString() } satisfies Unsaved));
  } catch {
    // Storage full or disabled: the edit still lives in the page.
  }
}

export function readUnsaved(key: string): Unsaved | null {
  try {
    const text = localStorage.getItem(prefix + key);
    return text ? (JSON.parse(text) as Unsaved) : null;
  } catch {
    return null;
  }
}

export function dropUnsaved(key: string) {
  localStorage.removeItem(prefix + key);
}
