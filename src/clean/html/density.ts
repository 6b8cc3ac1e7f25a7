// Cascade step 2: when Readability finds no article or too little of one, read every block of the
// page, judge them with the same refiners, and keep the densest run of prose: the block range with
// the largest balance of long, punctuated, link-poor text over furniture (a maximum-sum window).
import type { CleanConfig } from '../config.js';
import { linkDensity, readBlocks } from './blocks.js';
import { type Judged, words } from './refiners.js';

export function pageBlocks(doc: Document): Judged[] {
  const root = doc.body ?? doc.documentElement;
  return root ? readBlocks(root).map((b) => ({ ...b, verdict: null })) : [];
}

function weight(b: Judged, config: CleanConfig): number {
  if (b.verdict) return -b.text.length;
  const prose =
    words(b.text) >= 10 && linkDensity(b) < config.maxLinkDensity / 2 && /[.!?"”’)]$/.test(b.text);
  if (prose) return b.text.length;
  return linkDensity(b) > config.maxLinkDensity ? -b.text.length : -10;
}

/** Marks every kept block outside the densest window as outside the article. */
export function densestRun(blocks: readonly Judged[], config: CleanConfig): Judged[] {
  let best = { sum: 0, from: 0, to: -1 };
  let sum = 0;
  let from = 0;
  blocks.forEach((b, i) => {
    if (sum <= 0) {
      sum = 0;
      from = i;
    }
    sum += weight(b, config);
    if (sum > best.sum) best = { sum, from, to: i };
  });
  return blocks.map((b, i) =>
    b.verdict || (i >= best.from && i <= best.to)
      ? b
      : { ...b, verdict: { kind: 'boilerplate', reason: 'outside the densest run of prose' } },
  );
}
