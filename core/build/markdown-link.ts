/** Reads `[label](target)` at the start of `text`, allowing nested brackets and parentheses. */
interface LinkParse {
  label: string;
  target: string;
  /** Offset just past the closing parenthesis. */
  end: number;
}

export function readLink(text: string, from = 0): LinkParse | undefined {
  if (text[from] !== '[') return undefined;
  let depth = 0;
  let i = from;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']' && --depth === 0) break;
  }
  if (i >= text.length || text[i + 1] !== '(') return undefined;
  const label = text.slice(from + 1, i);
  let j = i + 2;
  depth = 1;
  for (; j < text.length; j++) {
    const c = text[j];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) break;
    else if (c === ' ' && depth === 1 && /^\s+_Context:/.test(text.slice(j))) return undefined;
  }
  if (j >= text.length) return undefined;
  return { label, target: text.slice(i + 2, j).trim(), end: j + 1 };
}

/** The date of a `/news/YYYY/MM/D/...` path, as written (`YYYY-MM-D`). */
export function dateOfNewsPath(path: string): string | undefined {
  const m = /\/news\/(\d{4})\/(\d{1,2})\/(\d{1,2})\//.exec(path);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** Splits `_Context: a, b, c_` into titles. */
export function readContext(text: string): string[] | undefined {
  const m = /_Context:\s*(.*?)_?\s*$/.exec(text.trim());
  if (!m) return undefined;
  return m[1].split(',').map((s) => s.trim()).filter(Boolean);
}
