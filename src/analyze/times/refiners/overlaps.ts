// When two extractors claim overlapping text, keep one: the longer span (it read more of the
// phrase), and on a tie the earlier extractor in the list (more specific rules come first).
import { keepLongest } from '../spans.js';
import type { Refiner } from '../types.js';

export const dropOverlaps: Refiner = (_ctx, candidates) => {
  const order = new Map(candidates.map((c, i) => [c, i]));
  return keepLongest(candidates, (c) => order.get(c) ?? 0);
};

/** Empty or whitespace-only spans can come out of trimming; they are never expressions. */
export const dropEmpty: Refiner = (_ctx, candidates) =>
  candidates.filter((c) => c.end > c.start && c.text.trim() !== '');
