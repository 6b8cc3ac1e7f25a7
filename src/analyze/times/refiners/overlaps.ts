// When two extractors claim overlapping text, keep one: the longer span (it read more of the
// phrase), and on a tie the earlier extractor in the list (more specific rules come first).
import type { Candidate, Refiner } from '../types.js';

export const dropOverlaps: Refiner = (_ctx, candidates) => {
  const ranked = candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order);
  const kept: Candidate[] = [];
  for (const { c } of ranked) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
};

/** Empty or whitespace-only spans can come out of trimming; they are never expressions. */
export const dropEmpty: Refiner = (_ctx, candidates) =>
  candidates.filter((c) => c.end > c.start && c.text.trim() !== '');
