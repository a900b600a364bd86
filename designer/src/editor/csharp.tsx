// A small C# highlighter for expressions and scripts: keywords, strings, numbers and comments. Not a parser.
const keywords = new Set(
  "abstract as base bool break byte case catch char checked class const continue decimal default delegate do double else enum event explicit extern false finally fixed float for foreach goto if implicit in int interface internal is lock long namespace new null object operator out override params private protected public readonly ref return sbyte sealed short sizeof stackalloc static string struct switch this throw true try typeof uint ulong unchecked unsafe ushort using var virtual void volatile while await async nameof when".split(
    " ",
  ),
);

const token = /(\/\/[^\n]*|\/\*[\s\S]*?\*\/)|(\$?@?"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?)|(\b\d+(?:\.\d+)?[mMdDfFlL]?\b)|([A-Za-z_][A-Za-z0-9_]*)|(\s+|[^\sA-Za-z0-9_"'/$]+|\/|\$)/g;

export interface CodeToken {
  text: string;
  cls?: string;
}

export function tokensCSharp(code: string): CodeToken[] {
  const out: CodeToken[] = [];
  let m: RegExpExecArray | null;
  token.lastIndex = 0;
  while ((m = token.exec(code)) !== null) {
    const [text, comment, str, num, word] = m;
    const cls = comment ? "cs-comment" : str ? "cs-string" : num ? "cs-number" : word && keywords.has(word) ? "cs-keyword" : word && /^(Inputs|Variables|Output|Input|Log)$/.test(word) ? "cs-scope" : undefined;
    out.push({ text, cls });
  }
  return out;
}

/** The tokens of each line (a comment or string spanning lines is split at its line ends, keeping its class). */
export function linesCSharp(code: string): CodeToken[][] {
  const lines: CodeToken[][] = [[]];
  for (const t of tokensCSharp(code)) {
    const parts = t.text.split("\n");
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1].push({ text: part, cls: t.cls });
    });
  }
  return lines;
}

export function highlightCSharp(code: string): React.ReactNode[] {
  return tokensCSharp(code).map((t, i) => (t.cls ? <span key={i} className={t.cls}>{t.text}</span> : t.text));
}
