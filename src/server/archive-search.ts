// In-memory full-text matching for the fallback archive: every query term must occur (as a word
// prefix, case- and accent-insensitively); the score sums the terms' occurrences weighted by rarity.
import type { Highlight } from '../types/archive.js';

const SNIPPET = 220;

/** The query's words, lower-cased and without accents; one-letter words are dropped. */
export function queryTerms(q: string): string[] {
  const words = fold(q).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length > 1))];
}

/** Lower case without combining accents, keeping string length (so offsets still fit the text). */
export function fold(text: string): string {
  return [...text]
    .map((ch) => {
      const lower = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      return lower.length === ch.length ? lower : ch;
    })
    .join('');
}

/** Where a term starts a word in the folded text. */
export function occurrences(folded: string, term: string): Highlight[] {
  const out: Highlight[] = [];
  let i = folded.indexOf(term);
  while (i !== -1) {
    const before = i === 0 ? '' : folded[i - 1]!;
    if (!/[\p{L}\p{N}]/u.test(before)) {
      let end = i + term.length;
      while (end < folded.length && /[\p{L}\p{N}]/u.test(folded[end]!)) end++;
      out.push({ start: i, end });
    }
    i = folded.indexOf(term, i + term.length);
  }
  return out;
}

export interface TextMatch {
  score: number;
  snippet: { text: string; highlights: Highlight[] };
  /** Where the snippet starts in the text. */
  offset: number;
}

/** Matches every term or returns null; `rarity` weights a term (e.g. inverse document frequency). */
export function matchText(
  text: string,
  terms: readonly string[],
  rarity: (t: string) => number,
): TextMatch | null {
  if (!terms.length) return null;
  const folded = fold(text);
  const hits: Highlight[] = [];
  let score = 0;
  for (const term of terms) {
    const found = occurrences(folded, term);
    if (!found.length) return null;
    score += Math.log1p(found.length) * rarity(term);
    hits.push(...found);
  }
  hits.sort((a, b) => a.start - b.start);
  const first = hits[0]!;
  const offset = wordStart(text, Math.max(0, first.start - 60));
  const end = Math.min(text.length, offset + SNIPPET);
  const highlights = hits
    .filter((h) => h.start >= offset && h.end <= end)
    .map((h) => ({ start: h.start - offset, end: h.end - offset }));
  return { score, snippet: { text: text.slice(offset, end), highlights }, offset };
}

function wordStart(text: string, i: number): number {
  if (i === 0) return 0;
  const space = text.lastIndexOf(' ', i);
  return space === -1 ? 0 : space + 1;
}
