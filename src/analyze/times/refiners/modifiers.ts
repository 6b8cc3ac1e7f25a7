// TimeML keeps a modifier inside the expression ("early next year", "late November", "earlier this
// month", "the end of the year"); the value stays that of the period modified.
import { overlapGroups } from '../spans.js';
import type { Candidate, Refiner } from '../types.js';

const BEFORE =
  /(?:\b(?:early|late|mid|earlier|later|the end of|the beginning of|the start of|the middle of|the close of|the turn of|end-|mid-|the first half of|the second half of))[- ]?$/i;

export const widenModifiers: Refiner = (ctx, candidates) =>
  candidates.map((c): Candidate => {
    if (c.type !== 'DATE' || /_REF$/.test(c.value)) return c;
    const before = ctx.text.slice(Math.max(0, c.start - 24), c.start);
    const m = BEFORE.exec(before);
    if (!m) return c;
    // "earlier Friday", "later today": TimeBank leaves the adverb out before a named day.
    if (/^(?:earlier|later)/i.test(m[0]) && !/^(?:this|last|next|that)\b/i.test(c.text)) return c;
    // "the end of November": the article belongs to the modifier phrase.
    if (
      /^(?:end|beginning|start|middle|close)\b/i.test(m[0]) &&
      /\bthe\s+$/i.test(before.slice(0, -m[0].length))
    ) {
      const start =
        c.start - m[0].length - (/\bthe\s+$/i.exec(before.slice(0, -m[0].length))?.[0].length ?? 0);
      return { ...c, start, text: ctx.text.slice(start, c.end) };
    }
    const start = c.start - m[0].length;
    return { ...c, start, text: ctx.text.slice(start, c.end) };
  });

/** "early 1990s"-style widening must not swallow a neighbour: drop a candidate now inside another. */
export function dropNested(ordered: readonly Candidate[]): Candidate[] {
  return overlapGroups(ordered).flatMap((group) =>
    group.filter(
      (c) =>
        !group.some(
          (o) => o !== c && o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start,
        ),
    ),
  );
}
