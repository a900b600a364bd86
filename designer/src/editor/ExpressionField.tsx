// A C# expression: highlighted as typed, with the names in scope (runbook inputs, variables, earlier outputs)
// one click away.
import { useEffect, useRef, useState } from "react";
import { highlightCSharp } from "./csharp";

export interface ScopeEntry {
  code: string;
  detail: string;
}

export function ExpressionField(props: { value: string; onCommit: (v: string) => void; scope: ScopeEntry[]; readOnly?: boolean; label: string }) {
  const [text, setText] = useState(props.value);
  const [showScope, setShowScope] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => setText(props.value), [props.value]);
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
          value={text}
          readOnly={props.readOnly}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => text !== props.value && props.onCommit(text)}
        />
      </div>
      {!props.readOnly && (
        <button type="button" className="link" onClick={() => setShowScope(!showScope)}>
          {showScope ? "Hide" : "Show"} names in scope ({props.scope.length})
        </button>
      )}
      {showScope && (
        <ul className="scope">
          {props.scope.map((s) => (
            <li key={s.code}>
              <button type="button" className="link" onClick={() => insert(s.code)} title={s.detail}>
                <code>{s.code}</code>
              </button>{" "}
              <span className="hint">{s.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
