// A C# expression: highlighted as typed, with completions (Ctrl+Space, or after a dot) and the names in scope
// (runbook inputs, variables, earlier outputs) one click away.
import { useEffect, useRef, useState } from "react";
import { highlightCSharp } from "./csharp";
import { outputCode, type ExpressionScope } from "./completion";
import { CompletionList, useCompletions } from "./useCompletions";

export function ExpressionField(props: { value: string; onCommit: (v: string) => void; scope: ExpressionScope; readOnly?: boolean; label: string }) {
  const [text, setText] = useState(props.value);
  const [showScope, setShowScope] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => setText(props.value), [props.value]);
  const completions = useCompletions(area, text, setText, props.scope);
  const names = [
    ...props.scope.inputs.map((p) => ({ code: `Inputs.${p.name}`, detail: `runbook input (${p.type})` })),
    ...props.scope.variables.map((p) => ({ code: `Variables.${p.name}`, detail: `variable (${p.type})` })),
    ...props.scope.outputs.map((o) => ({ code: outputCode(o), detail: `${o.activityType} output (${o.type})${o.description ? ": " + o.description : ""}` })),
  ];
  const insert = (code: string) => {
    const el = area.current;
    const at = el?.selectionStart ?? text.length;
    const next = text.slice(0, at) + code + text.slice(el?.selectionEnd ?? at);
    setText(next);
    props.onCommit(next);
  };
  return (
    <div className="expression">
      <div className="expression-editor">
        <pre aria-hidden="true">{highlightCSharp(text)}{"\n"}</pre>
        <textarea
          ref={area}
          spellCheck={false}
          aria-label={props.label}
          aria-autocomplete="list"
          aria-expanded={completions.open !== null}
          value={text}
          readOnly={props.readOnly}
          onChange={(e) => completions.onChange(e.target.value, e.target.selectionStart)}
          onKeyDown={props.readOnly ? undefined : completions.onKeyDown}
          onBlur={() => {
            completions.close();
            if (text !== props.value) props.onCommit(text);
          }}
        />
        <CompletionList completions={completions} label={props.label} />
      </div>
      {!props.readOnly && (
        <button type="button" className="link" onClick={() => setShowScope(!showScope)}>
          {showScope ? "Hide" : "Show"} names in scope ({names.length})
        </button>
      )}
      {showScope && (
        <ul className="scope">
          {names.map((s) => (
            <li key={s.code}>
              <button type="button" className="link" onClick={() => insert(s.code)} title={s.detail}>
                <code>{s.code}</code>
              </button>{" "}
              <span className="hint">{s.detail}</span>
            </li>
          ))}
        </ul>
      )}
      {!props.readOnly && <div className="hint">Ctrl+Space completes; a dot lists members.</div>}
    </div>
  );
}
