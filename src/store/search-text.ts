// What both stores share for reading: opaque cursors, a user's query as words and phrases, and
// where those words occur in a text (the spans a search result highlights).
import { stem } from '../cluster/features/stem.js';
import type { Highlight } from '../types/archive.js';

/** A cursor is opaque to callers: base64url of a small JSON value. */
export const encodeCursor = (value: unknown): string =>
  Buffer.from(JSON.stringify(value)).toString('base64url');

/** The value inside a cursor, or null for none; a cursor that is not ours is a usage error. */
export function decodeCursor<T>(cursor: string | null | undefined, check: (v: unknown) => v is T): T | null {
  if (!cursor) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!check(value)) throw new RangeError(`not a cursor of this list: "${cursor.slice(0, 40)}"`);
  return value;
}

export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Words of a query and its quoted phrases (each a list of words), lower-cased. */
export function queryTerms(q: string): { words: string[]; phrases: string[][] } {
  const phrases: string[][] = [];
  const rest = q.replace(/"([^"]*)"/g, (_, p: string) => {
    const words = wordsOf(p);
    if (words.length) phrases.push(words);
    return ' ';
  });
  return { words: wordsOf(rest), phrases };
}

/**
 * A text as the words a query is split into, one space apart: PostgreSQL's parser would read
 * "COVID-19" as "covid-19", "covid" and "-19", which the query's "covid 19" never matches.
 */
export const searchable = (text: string): string => (text.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

const wordsOf = (s: string): string[] => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32);

/** The query in FTS5 syntax: every word and phrase required, each quoted (no operator injection). */
export function ftsQuery(q: string): string | null {
  const { words, phrases } = queryTerms(q);
  const parts = [...words.map((w) => `"${w}"`), ...phrases.map((p) => `"${p.join(' ')}"`)];
  return parts.length ? parts.join(' ') : null;
}

const fold = (w: string) => stem(w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

/** Spans of `text` holding a query word (by stem, accents ignored), in order. */
export function highlights(text: string, q: string): Highlight[] {
  const { words, phrases } = queryTerms(q);
  const wanted = new Set([...words, ...phrases.flat()].map(fold));
  if (wanted.size === 0) return [];
  const out: Highlight[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu))
    if (wanted.has(fold(m[0]))) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * A passage of about `width` characters around the densest run of matches, with the matches'
 * spans relative to it; the passage starts and ends on word boundaries.
 */
export function snippet(
  text: string,
  q: string,
  width = 240,
): { text: string; highlights: Highlight[]; offset: number } {
  const all = highlights(text, q);
  let best = 0;
  let bestCount = 0;
  for (let i = 0, j = 0; i < all.length; i++) {
    while (all[j]!.start < all[i]!.start - width) j++;
    if (i - j + 1 > bestCount) [best, bestCount] = [j, i - j + 1];
  }
  const anchor = all[best]?.start ?? 0;
  let start = Math.max(0, anchor - Math.floor(width / 4));
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + width);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const inside = all
    .filter((h) => h.start >= start && h.end <= end)
    .map((h) => ({ start: h.start - start, end: h.end - start }));
  return { text: text.slice(start, end), highlights: inside, offset: start };
}
