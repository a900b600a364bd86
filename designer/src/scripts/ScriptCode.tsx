// A script's code with line numbers and C# highlighting; each line can carry a state (the run view's progress,
// the editor's errors). Editable when onChange is given: a transparent textarea over the highlighted lines.
import { useMemo } from "react";
import { linesCSharp } from "../editor/csharp";

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
            className="script-input"
            spellCheck={false}
            aria-label={props.label ?? "Script code"}
            value={props.code}
            style={{ height: `calc(var(--code-line) * ${lines.length})` }}
            wrap="off"
            onChange={(e) => props.onChange!(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== "Tab") return;
              e.preventDefault();
              const el = e.currentTarget;
              const at = el.selectionStart;
              const next = el.value.slice(0, at) + "    " + el.value.slice(el.selectionEnd);
              props.onChange!(next);
              requestAnimationFrame(() => el.setSelectionRange(at + 4, at + 4));
            }}
          />
        )}
      </div>
    </div>
  );
}
