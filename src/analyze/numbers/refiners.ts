// Refiners over the figures found: drop those inside dates and clock times, keep one reading of
// overlapping text, read the unit noun after a bare count, and mark approximations.
import type { Token } from '../../nlp/index.js';
import { keepLongest, lowerBound } from '../times/spans.js';
import type { NumberRefiner } from './types.js';

export const dropInsideTimes: NumberRefiner = (ctx, list) => {
  // The union of the time spans, sorted: a figure inside any of them lies inside one interval.
  const merged: { start: number; end: number }[] = [];
  for (const t of [...ctx.times].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && t.start <= last.end) last.end = Math.max(last.end, t.end);
    else merged.push({ start: t.start, end: t.end });
  }
  return list.filter((n) => {
    const t = merged[lowerBound(merged, n.start + 1, (x) => x.start) - 1];
    return !(t && t.start <= n.start && n.end <= t.end);
  });
};

/** Longer spans first (money beats its bare digits); ties go to the earlier extractor. */
export const dropOverlaps: NumberRefiner = (_ctx, list) => {
  const order = new Map(list.map((c, i) => [c, i]));
  return keepLongest(list, (c) => order.get(c) ?? 0);
};

const SKIPPABLE = new Set(['ADJ', 'PROPN', 'NOUN', 'NUM', 'X', 'SYM']);

/** Tokens joined by hyphens with no space ("S-400", "surface-to-air") read as one word. */
function joined(prev: Token | undefined, t: Token): boolean {
  return prev !== undefined && prev.end === t.start && (prev.text === '-' || t.text === '-');
}

/** The nouns of the phrase right after a figure, up to the first word that ends it. */
function phraseNouns(tokens: readonly Token[], from: number): Token[] {
  const nouns: Token[] = [];
  for (let i = from, steps = 0; i < tokens.length && steps < 12; i++, steps++) {
    const t = tokens[i]!;
    if (joined(tokens[i - 1], t)) continue;
    if (!SKIPPABLE.has(t.pos)) break;
    if (t.pos === 'NOUN') nouns.push(t);
    else if (nouns.length > 0) break;
  }
  return nouns;
}

/**
 * The counted noun after a bare figure: "100,000 Russian troops" → troops, "two S-400 surface-to-air
 * missile system battalions" → battalions. A count above one agrees with a plural, which beats a
 * verb the tagger took for a noun ("two landers head towards" → landers).
 */
export const unitNouns: NumberRefiner = (ctx, list) => {
  const tokens = ctx.reading.tokens;
  return list.map((n) => {
    if (n.unitFixed || n.unit) return n;
    const first = lowerBound(tokens, n.end, (t) => t.start);
    if (first >= tokens.length) return n;
    const nouns = phraseNouns(tokens, first);
    const plural = n.value !== 1 ? nouns.filter((t) => /[^s]s$/i.test(t.text)).at(-1) : undefined;
    const head = plural ?? nouns.at(-1);
    return head ? { ...n, unit: head.normal } : n;
  });
};

const APPROX =
  /\b(?:some|about|around|roughly|approximately|approx\.?|nearly|almost|an estimated|estimated|more than|greater than|less than|fewer than|over|under|at least|at most|up to|close to|as many as|as much as|upwards of|in excess of|almost|just over|just under|~)\s*$/i;

export const approximations: NumberRefiner = (ctx, list) =>
  list.map((n) =>
    APPROX.test(ctx.text.slice(Math.max(0, n.start - 24), n.start)) ? { ...n, approximate: true } : n,
  );
