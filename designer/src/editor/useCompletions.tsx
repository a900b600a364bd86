// The completion popup of a code textarea (expressions, scripts): Ctrl+Space opens it, a typed dot opens it on the
// members of what is before the dot, typing narrows it, arrows move, Enter or Tab accepts, Esc closes.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import { api } from "../api/client";
import { accept, complete, type Completion, type Completions, type ExpressionScope, type Surface } from "./completion";

// What the code guard allows, from the server: loaded once, on the first code field shown.
let surfaceLoad: Promise<Surface | undefined> | undefined;
function loadSurface() {
  surfaceLoad ??= api.get<Surface>("/api/expressions/surface").catch(() => {
    surfaceLoad = undefined; // completions of the runbook's own names still work; the next field asks again
    return undefined;
  });
  return surfaceLoad;
}

export function useSurface(): Surface | undefined {
  const [surface, setSurface] = useState<Surface | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadSurface().then((s) => live && setSurface(s));
    return () => {
      live = false;
    };
  }, []);
  return surface;
}

export interface CompletionState {
  open: { at: Completions; index: number } | null;
  onChange: (value: string, caret: number) => void;
  onKeyDown: (e: KeyboardEvent<HTMLTextAreaElement>) => boolean;
  pick: (item: Completion) => void;
  close: () => void;
}

export function useCompletions(area: RefObject<HTMLTextAreaElement | null>, text: string, setText: (t: string) => void, scope: ExpressionScope, onAccepted?: (t: string) => void): CompletionState {
  const surface = useSurface();
  const [open, setOpen] = useState<{ at: Completions; index: number; forced: boolean } | null>(null);
  const caretAfter = useRef<number | null>(null);

  useLayoutEffect(() => {
    if (caretAfter.current !== null && area.current) {
      area.current.setSelectionRange(caretAfter.current, caretAfter.current);
      caretAfter.current = null;
    }
  });

  const refresh = (value: string, caret: number, forced: boolean) => {
    const at = complete(value, caret, scope, surface, forced);
    setOpen(at ? { at, index: 0, forced } : null);
  };

  const pick = (item: Completion) => {
    if (!open) return;
    const next = accept(text, open.at, item);
    setText(next.text);
    caretAfter.current = next.caret;
    // "Inputs." goes on to the inputs.
    if (item.insert.endsWith(".")) refresh(next.text, next.caret, false);
    else setOpen(null);
    onAccepted?.(next.text);
  };

  return {
    open,
    pick,
    close: () => setOpen(null),
    onChange: (value, caret) => {
      const typedDot = value.length === text.length + 1 && value[caret - 1] === ".";
      setText(value);
      if (open) refresh(value, caret, open.forced);
      else if (typedDot) refresh(value, caret, false);
    },
    onKeyDown: (e) => {
      const el = e.currentTarget;
      if ((e.ctrlKey || e.metaKey) && (e.key === " " || e.code === "Space")) {
        e.preventDefault();
        refresh(el.value, el.selectionStart, true);
        return true;
      }
      if (!open) return false;
      const count = open.at.items.length;
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        setOpen({ ...open, index: (open.index + (e.key === "ArrowDown" ? 1 : count - 1)) % count });
      } else if (e.key === "Enter" || e.key === "Tab") {
        e.preventDefault();
        pick(open.at.items[open.index]);
      } else if (e.key === "Escape") {
        e.preventDefault();
        e.stopPropagation();
        setOpen(null);
      } else if (e.key === "ArrowLeft" || e.key === "ArrowRight" || e.key === "Home" || e.key === "End") {
        setOpen(null);
      } else return false;
      return true;
    },
  };
}

const kindMarks: Record<string, string> = { input: "in", variable: "var", output: "out", scope: "·", type: "T", method: "ƒ", property: "p", field: "f", value: "=" };

export function CompletionList({ completions, label }: { completions: CompletionState; label: string }) {
  const list = useRef<HTMLUListElement>(null);
  const { open } = completions;
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: "nearest" });
  }, [open?.index, open]);
  if (!open) return null;
  return (
    <ul className="completions" role="listbox" aria-label="Completions" data-for={label} data-testid="completions" ref={list}>
      {open.at.items.map((item, i) => (
        <li
          key={`${item.kind}:${item.label}`}
          role="option"
          aria-selected={i === open.index}
          data-label={item.label}
          onMouseDown={(e) => {
            e.preventDefault(); // keep the focus (and the caret) in the field
            completions.pick(item);
          }}
        >
          <span className={`completion-kind kind-${item.kind}`}>{kindMarks[item.kind] ?? "·"}</span>
          <code>{item.label}</code>
          <span className="completion-detail">{item.detail}</span>
        </li>
      ))}
    </ul>
  );
}
