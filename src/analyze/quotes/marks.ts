// Extractor: quoted passages, from their quotation marks. Handles straight and curly double
// marks, curly single marks used as quotes (‘…’, in headlines and British style), and quotes that
// run over several paragraphs (an opening mark at each paragraph, the closing one only at the end).
// Single marks inside a double-quoted passage are a quote within the quote and are not returned.

export interface QuotedPassage {
  /** Offsets of the opening and closing marks. */
  open: number;
  close: number;
  /** The content between the marks (trimmed). */
  start: number;
  end: number;
}

const OPENING_DOUBLE = new Set(['“', '„', '«']);
const CLOSING_DOUBLE = new Set(['”', '»']);
const MAX_LENGTH = 6000;

function isSpaceOrOpen(ch: string | undefined): boolean {
  return ch === undefined || /[\s([{—–\-/:]/.test(ch);
}

/** Whether a straight " at i opens (after a space or line start) rather than closes. */
function straightOpens(text: string, i: number): boolean {
  return isSpaceOrOpen(text[i - 1]) && !/\s/.test(text[i + 1] ?? ' ');
}

/** After a paragraph break inside a quote: the offset of the next paragraph's opening mark, or -1. */
function continuesAt(text: string, breakAt: number): number {
  let j = breakAt;
  while (j < text.length && /\s/.test(text[j]!)) j++;
  const ch = text[j];
  return ch !== undefined && (OPENING_DOUBLE.has(ch) || ch === '"') ? j : -1;
}

function trimmed(text: string, open: number, close: number): QuotedPassage | null {
  let s = open + 1;
  let e = close;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s && close - open <= MAX_LENGTH ? { open, close, start: s, end: e } : null;
}

/** Finds the closing double mark for an opening mark at `open`, following paragraph continuations. */
function closeDouble(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i]!;
    if (CLOSING_DOUBLE.has(ch) || (ch === '"' && !straightOpens(text, i))) return i;
    if (OPENING_DOUBLE.has(ch) || ch === '"') return -1;
    if (ch === '\n') {
      const next = continuesAt(text, i);
      if (next === -1) return -1;
      i = next;
    }
  }
  return -1;
}

/** Double-quoted passages, in order. An opening mark that never closes is skipped. */
export function findDoubleQuoted(text: string): QuotedPassage[] {
  const out: QuotedPassage[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!OPENING_DOUBLE.has(ch) && !(ch === '"' && straightOpens(text, i))) continue;
    const close = closeDouble(text, i);
    if (close === -1) continue;
    const q = trimmed(text, i, close);
    if (q) out.push(q);
    i = close;
  }
  return out;
}

/** Curly single-quoted passages (‘…’) outside double quotes, within one paragraph. */
export function findSingleQuoted(text: string, doubles: readonly QuotedPassage[]): QuotedPassage[] {
  const out: QuotedPassage[] = [];
  const re = /(^|[\s(—–:])‘((?:[^‘’\n]|’(?=\p{L}))+?)’(?![\p{L}\p{N}])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const open = m.index + m[1]!.length;
    const close = open + 1 + m[2]!.length;
    if (doubles.some((d) => open > d.open && open < d.close)) continue;
    const q = trimmed(text, open, close);
    if (q) out.push(q);
  }
  return out;
}

/** Every quoted passage, in text order. */
export function findQuotedPassages(text: string): QuotedPassage[] {
  const doubles = findDoubleQuoted(text);
  return [...doubles, ...findSingleQuoted(text, doubles)].sort((a, b) => a.open - b.open);
}
