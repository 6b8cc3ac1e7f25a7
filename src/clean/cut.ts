// HTML whose extracted text runs past the article-size limit is cut at the last paragraph that fits
// (`--max-article-chars`), before the text rules run, so every later stage sees a bounded article.
// The cut is recorded as a `removed` entry rather than thrown away silently.
import type { Removed } from '../types/article.js';

const count = (n: number): string => n.toLocaleString('en-US');

/** The paragraphs that fit in `limit` characters (joined by blank lines), and what was cut, if anything. */
export function cutToLimit(
  paragraphs: readonly string[],
  limit: number,
): { kept: string[]; removed: Removed[] } {
  const total = paragraphs.reduce((n, p) => n + p.length + 2, -2);
  if (total <= limit) return { kept: [...paragraphs], removed: [] };
  const kept: string[] = [];
  let size = -2;
  for (const p of paragraphs) {
    if (size + p.length + 2 > limit) break;
    kept.push(p);
    size += p.length + 2;
  }
  // One paragraph longer than the limit on its own is cut mid-way rather than lost.
  if (kept.length === 0) kept.push(paragraphs[0]!.slice(0, limit));
  const keptChars = kept.reduce((n, p) => n + p.length + 2, -2);
  const first = paragraphs[kept.length] ?? paragraphs[0]!.slice(limit);
  const removed: Removed = {
    kind: 'over-limit',
    text: `${first.slice(0, 200)}${first.length > 200 ? '…' : ''}`,
    reason: `article text ${count(total)} characters over ${count(limit)} limit (--max-article-chars): ${count(total - keptChars)} cut`,
  };
  return { kept, removed: [removed] };
}
