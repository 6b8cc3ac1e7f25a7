// Refiners that judge a block by its neighbours: headings of furniture sections, the headline
// repeated at the top of the body, page chrome above the story.
import { type BlockRefiner, type Judged, words } from './refiners.js';

const HEADING = /^h[1-6]$/;

/** Cells and list items are data, never section headings. */
const DATA_TAGS = new Set(['td', 'th', 'li', 'dd', 'dt', 'pre']);
const FINAL_PUNCTUATION = /[.!?:;,"”’)。！？]$/;

function isHeadingLike(b: Judged): boolean {
  if (DATA_TAGS.has(b.tag)) return false;
  return HEADING.test(b.tag) || (words(b.text) <= 6 && !FINAL_PUNCTUATION.test(b.text));
}

/** Verdicts given by this file's own rules do not propagate further up the page. */
const STRUCTURAL = /^(heads removed|heading at the end)/;

function normal(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** 7. A heading whose section is furniture ("Trending", "More news") goes with it. */
export const furnitureHeadings: BlockRefiner = (blocks) => {
  const out = blocks.map((b) => b);
  for (let i = out.length - 1; i >= 0; i--) {
    const b = out[i]!;
    if (b.verdict || !isHeadingLike(b)) continue;
    const next = out[i + 1];
    // A heading with nothing kept after it, or followed directly by removed blocks, heads furniture.
    const rest = out.slice(i + 1);
    const nextFurniture =
      next?.verdict &&
      !STRUCTURAL.test(next.verdict.reason) &&
      next.verdict.kind !== 'header' &&
      next.verdict.kind !== 'byline';
    if (rest.every((r) => r.verdict && !STRUCTURAL.test(r.verdict.reason)) || nextFurniture) {
      const kind = next?.verdict?.kind ?? 'boilerplate';
      out[i] = { ...b, verdict: { kind, reason: next ? `heads removed ${kind}` : 'heading at the end' } };
    }
  }
  return out;
};

/** 8. The page's headline repeated as the first blocks of the body. */
export function headlineAtTop(titles: readonly (string | null)[]): BlockRefiner {
  const known = titles.filter((t): t is string => !!t).map(normal);
  return (blocks) => {
    return blocks.map((b, i) => {
      if (b.verdict || i > 6) return b;
      const n = normal(b.text);
      const same =
        n.length > 0 && known.some((t) => n === t || (n.length > 15 && (t.includes(n) || n.includes(t))));
      return same && words(b.text) <= 30
        ? { ...b, verdict: { kind: 'title', reason: 'headline repeated in the body' } }
        : b;
    });
  };
}

/**
 * 9. Kept blocks before the first real paragraph that are short and unpunctuated (section names,
 * "Sign In", print URLs) are page chrome above the story.
 */
export const chromeAboveStory: BlockRefiner = (blocks) => {
  const first = blocks.findIndex((b) => !b.verdict && words(b.text) >= 15 && FINAL_PUNCTUATION.test(b.text));
  if (first <= 0) return blocks.map((b) => b);
  return blocks.map((b, i) =>
    i < first && !b.verdict && !DATA_TAGS.has(b.tag) && (words(b.text) <= 4 || /^https?:\/\//.test(b.text))
      ? { ...b, verdict: { kind: 'navigation', reason: 'short line above the story' } }
      : b,
  );
};
