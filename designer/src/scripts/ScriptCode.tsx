// A script's code with line numbers and C# highlighting; each line can carry a state (the run view's progress,
// the editor's errors). Editable when onChange is given: a transparent textarea over the highlighted lines.
import { useMemo, useRef } from "react";
import { scriptApi, type ExpressionScope } from "../editor/completion";
import { linesCSharp } from "../editor/csharp";
import { CompletionList, useCompletions } from "../editor/useCompletions";
import { useCatalog } from "../shell/catalog";

export interface LineMark {
  className?: string;
  badge?: string;
  title?: string;
}

export function ScriptCode(props: {
  code: string;
  onChange?: (code: string) => void;
  mark?: (line: number) => LineMark | undefined;
  onLineClick?: (line: number) => void;
  selectedLine?: number | null;
  label?: string;
}) {
  const lines = useMemo(() => linesCSharp(props.code), [props.code]);
  // Completions while editing: the script API from the catalog, and the types and members the code guard allows.
  const { catalog } = useCatalog();
  const scope = useMemo<ExpressionScope>(() => ({ inputs: [], variables: [], outputs: [], script: scriptApi(catalog?.all ?? []) }), [catalog]);
  const area = useRef<HTMLTextAreaElement>(null);
  const completions = useCompletions(area, props.code, props.onChange ?? (() => undefined), scope);
  const caretLine = completions.open ? props.code.slice(0, completions.open.at.to).split("\n").length : 0;
  return (
    <div className="script-code" data-testid="script-code">
      <div className="script-lines" style={{ gridTemplateRows: `repeat(${lines.length}, var(--code-line))` }}>
        {lines.map((tokens, i) => {
          const n = i + 1;
          const mark = props.mark?.(n);
          const classes = ["script-line", mark?.className, props.selectedLine === n ? "selected" : undefined].filter(Boolean).join(" ");
          return (
            <div key={n} className={classes} data-line={n} title={mark?.title} onClick={props.onLineClick ? () => props.onLineClick!(n) : undefined}>
              <span className="gutter">
                <span className="line-number">{n}</span>
                {mark?.badge && <span className="line-badge" data-testid="line-state">{mark.badge}</span>}
              </span>
              <code className="line-text">{tokens.length ? tokens.map((t, j) => (t.cls ? <span key={j} className={t.cls}>{t.text}</span> : t.text)) : " "}</code>
            </div>
          );
        })}
        {props.onChange && (
          <textarea
            ref={area}
            className="script-input"
            spellCheck={false}
            aria-label={props.label ?? "Script code"}
            value={props.code}
            style={{ height: `calc(var(--code-line) * ${lines.length})` }}
            wrap="off"
            aria-autocomplete="list"
            aria-expanded={completions.open !== null}
            onChange={(e) => completions.onChange(e.target.value, e.target.selectionStart)}
            onBlur={completions.close}
            onKeyDown={(e) => {
              if (completions.onKeyDown(e) || e.key !== "Tab") return;
              e.preventDefault();
              const el = e.currentTarget;
              const at = el.selectionStart;
              const next = el.value.slice(0, at) + "    " + el.value.slice(el.selectionEnd);
              props.onChange!(next);
              requestAnimationFrame(() => el.setSelectionRange(at + 4, at + 4));
            }}
          />
        )}
        {props.onChange && (
          <div className="script-completions" style={{ top: `calc(var(--code-line) * ${caretLine} + 4px)` }}>
            <CompletionList completions={completions} label={props.label ?? "Script code"} />
          </div>
        )}
      </div>
    </div>
  );
}
