// Which spans back a summary sentence: the sentence itself and the same or near-same sentence in
// other articles (syndicated copies, rewrites). A sentence only a spun copy carries is not used.
import type { Citation } from '../../types/story.js';
import type { SourceBook } from '../sources.js';
import type { SentenceUnit } from '../text/units.js';
import { cosine, overlap, sharedCount } from '../text/words.js';

export interface Supported {
  /** The sentence the summary shows, verbatim: from a non-spun article whenever one carries it. */
  shown: SentenceUnit;
  supports: SentenceUnit[];
}

/** Near-same: high cosine, or one sentence nearly contained in the other with many shared words. */
export function supportsSentence(a: SentenceUnit, b: SentenceUnit, threshold: number): boolean {
  if (cosine(a.words, b.words) >= threshold) return true;
  return overlap(a.words, b.words) >= 0.55 && sharedCount(a.words, b.words) >= 7;
}

/** The chosen sentence with its supports, or null when only spun copies carry it. */
export function withSupport(
  chosen: SentenceUnit,
  units: readonly SentenceUnit[],
  book: SourceBook,
  threshold: number,
): Supported | null {
  const others = units.filter((u) => u.article !== chosen.article && supportsSentence(chosen, u, threshold));
  // One supporting sentence per article: its most similar one.
  const best = new Map<string, SentenceUnit>();
  for (const u of others) {
    const prev = best.get(u.article);
    if (!prev || cosine(chosen.words, u.words) > cosine(chosen.words, prev.words)) best.set(u.article, u);
  }
  const all = [chosen, ...best.values()];
  const solid = all.filter((u) => !book.isSpun(u.article));
  if (solid.length === 0) return null;
  const shown = book.isSpun(chosen.article) ? solid[0]! : chosen;
  const supports = [shown, ...all.filter((u) => u !== shown)];
  return { shown, supports };
}

export function citationsOf(units: readonly SentenceUnit[]): Citation[] {
  return units.map((u) => ({ article: u.article, start: u.start, end: u.end }));
}
