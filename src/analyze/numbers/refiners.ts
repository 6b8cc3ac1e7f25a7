// Refiners over the figures found: drop those inside dates and clock times, keep one reading of
// overlapping text, read the unit noun after a bare count, and mark approximations.
import type { NumberCandidate, NumberRefiner } from './types.js';

export const dropInsideTimes: NumberRefiner = (ctx, list) =>
  list.filter((n) => !ctx.times.some((t) => t.start <= n.start && n.end <= t.end));

/** Longer spans first (money beats its bare digits); ties go to the earlier extractor. */
export const dropOverlaps: NumberRefiner = (_ctx, list) => {
  const ranked = list
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
  const kept: NumberCandidate[] = [];
  for (const { c } of ranked) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
};

const SKIPPABLE = new Set(['ADJ', 'PROPN', 'NOUN', 'NUM', 'PUNCT', 'X', 'SYM']);

/** The head noun of the phrase after a count: "100,000 Russian troops" → troops, "two S-400 missile battalions" → battalions. */
export const unitNouns: NumberRefiner = (ctx, list) => {
  const tokens = ctx.reading.tokens;
  return list.map((n) => {
    if (n.unitFixed || n.unit) return n;
    let i = tokens.findIndex((t) => t.start >= n.end);
    if (i < 0) return n;
    let unit: string | null = null;
    for (let steps = 0; i < tokens.length && steps < 5; i++, steps++) {
      const t = tokens[i]!;
      if (!SKIPPABLE.has(t.pos) || (t.pos === 'PUNCT' && t.text !== '-')) break;
      if (t.pos === 'NOUN') unit = t.normal;
      else if (unit) break;
    }
    return unit ? { ...n, unit, end: n.end } : n;
  });
};

const APPROX =
  /\b(?:some|about|around|roughly|approximately|approx\.?|nearly|almost|an estimated|estimated|more than|greater than|less than|fewer than|over|under|at least|at most|up to|close to|as many as|as much as|upwards of|in excess of|almost|just over|just under|~)\s*$/i;

export const approximations: NumberRefiner = (ctx, list) =>
  list.map((n) =>
    APPROX.test(ctx.text.slice(Math.max(0, n.start - 24), n.start)) ? { ...n, approximate: true } : n,
  );
