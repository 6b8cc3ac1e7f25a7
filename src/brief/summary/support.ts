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

// Units by content word, per unit list: a sentence sharing no word with the chosen one has cosine and
// overlap 0, so only those sharing one are compared (a story of thousands of sentences, 80 chosen).
const indexes = new WeakMap<readonly SentenceUnit[], Map<string, number[]>>();

function wordIndex(units: readonly SentenceUnit[]): Map<string, number[]> {
  let index = indexes.get(units);
  if (!index) {
    index = new Map();
    for (let i = 0; i < units.length; i++)
      for (const w of new Set(units[i]!.words)) {
        const list = index.get(w);
        if (list) list.push(i);
        else index.set(w, [i]);
      }
    indexes.set(units, index);
  }
  return index;
}

/** The units that share a content word with `chosen`, in their order; all of them when a threshold of 0 lets any pair pass. */
function sharingWords(
  chosen: SentenceUnit,
  units: readonly SentenceUnit[],
  threshold: number,
): readonly SentenceUnit[] {
  if (threshold <= 0) return units;
  const index = wordIndex(units);
  const seen = new Uint8Array(units.length);
  const at: number[] = [];
  for (const w of new Set(chosen.words))
    for (const i of index.get(w) ?? [])
      if (!seen[i]) {
        seen[i] = 1;
        at.push(i);
      }
  return at.sort((a, b) => a - b).map((i) => units[i]!);
}

/** The chosen sentence with its supports, or null when only spun copies carry it. */
export function withSupport(
  chosen: SentenceUnit,
  units: readonly SentenceUnit[],
  book: SourceBook,
  threshold: number,
): Supported | null {
  const others = sharingWords(chosen, units, threshold).filter(
    (u) => u.article !== chosen.article && supportsSentence(chosen, u, threshold),
  );
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
