// A small C# highlighter for expressions: keywords, strings, numbers and comments. Not a parser.
const keywords = new Set(
  "abstract as base bool break byte case catch char checked class const continue decimal default delegate do double else enum event explicit extern false finally fixed float for foreach goto if implicit in int interface internal is lock long namespace new null object operator out override params private protected public readonly ref return sbyte sealed short sizeof stackalloc static string struct switch this throw true try typeof uint ulong unchecked unsafe ushort using var virtual void volatile while await async nameof when".split(
    " ",
  ),
);

const token = /(\/\/[^\n]*|\/\*[\s\S]*?\*\/)|(@?"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?)|(\b\d+(?:\.\d+)?[mMdDfFlL]?\b)|([A-Za-z_][A-Za-z0-9_]*)|(\s+|[^\sA-Za-z0-9_"'/]+|\/)/g;

export function highlightCSharp(code: string): React.ReactNode[] {
  const out: React.ReactNode[] = [];
  let m: RegExpExecArray | null;
  let i = 0;
  token.lastIndex = 0;
  while ((m = token.exec(code)) !== null) {
    const [text, comment, str, num, word] = m;
    const cls = comment ? "cs-comment" : str ? "cs-string" : num ? "cs-number" : word && keywords.has(word) ? "cs-keyword" : word && /^(Inputs|Variables|Output)$/.test(word) ? "cs-scope" : undefined;
    out.push(cls ? <span key={i++} className={cls}>{text}</span> : text);
  }
  return out;
}
