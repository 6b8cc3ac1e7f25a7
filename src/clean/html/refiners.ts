// Block refiners: each takes the judged blocks and returns a new list in which some more blocks
// carry a verdict (what kind of furniture they are and which rule said so). Order is set in
// `refineBlocks`; no refiner changes a block that already has a verdict.
import type { RemovedKind } from '../../types/article.js';
import type { CleanConfig } from '../config.js';
import { isStampLine } from '../stamp.js';
import { type Block, linkDensity } from './blocks.js';
import { CONTEXT_CUES, FURNITURE_TAGS, TEXT_CUES } from './patterns.js';

export interface Verdict {
  kind: RemovedKind;
  reason: string;
}

export interface Judged extends Block {
  verdict: Verdict | null;
}

export type BlockRefiner = (blocks: readonly Judged[], config: CleanConfig) => Judged[];

/** How many ancestor levels above a block its class names are read from. */
const CONTEXT_DEPTH = 3;
/** A class-name cue that would remove more than this share of the text is a page wrapper, not furniture. */
const MAX_CUE_SHARE = 0.5;

export const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

function mark(blocks: readonly Judged[], test: (b: Judged, i: number) => Verdict | null): Judged[] {
  return blocks.map((b, i) => {
    if (b.verdict) return b;
    const verdict = test(b, i);
    return verdict ? { ...b, verdict } : b;
  });
}

function nearContext(b: Block): string[] {
  return b.context.split(' | ').slice(-CONTEXT_DEPTH);
}

/** 1. Blocks inside <nav>, <aside>, <footer> or <form>. */
export const furnitureTags: BlockRefiner = (blocks) =>
  mark(blocks, (b) => {
    const tags = b.context.split(' | ').map((l) => l.split(' ')[0] ?? '');
    const hit = tags.find((t) => FURNITURE_TAGS[t]);
    return hit ? { kind: FURNITURE_TAGS[hit]!, reason: `inside <${hit}>` } : null;
  });

/** 2. Blocks whose nearest ancestors are named like furniture (caption, share, newsletter, …). */
export const contextCues: BlockRefiner = (blocks) => {
  const total = blocks.reduce((n, b) => n + b.text.length, 0) || 1;
  const near = blocks.map(nearContext);
  const verdicts = blocks.map((b) => b.verdict);
  for (const cue of CONTEXT_CUES) {
    for (const fragment of cue.fragments) {
      const hits: number[] = [];
      let chars = 0;
      near.forEach((labels, i) => {
        if (!verdicts[i] && labels.some((l) => l.includes(fragment))) {
          hits.push(i);
          chars += blocks[i]!.text.length;
        }
      });
      if (hits.length === 0 || chars / total > MAX_CUE_SHARE) continue;
      for (const i of hits) verdicts[i] = { kind: cue.kind, reason: `class ~ ${fragment}` };
    }
  }
  return blocks.map((b, i) => (verdicts[i] === b.verdict ? b : { ...b, verdict: verdicts[i] ?? null }));
};

/** 3. Link-dense blocks: lists of links, "Read more: <headline>" lines, tag clouds. */
export const linkDense: BlockRefiner = (blocks, config) =>
  mark(blocks, (b) => {
    const ld = linkDensity(b);
    const long = words(b.text) >= 40;
    if (ld > 0.8 || (ld > config.maxLinkDensity && !long)) {
      const kind = b.tag === 'li' || words(b.text) <= 3 ? 'navigation' : 'related-links';
      return { kind, reason: `link density ${ld.toFixed(2)}` };
    }
    return null;
  });

/** 4. Short blocks that open with a furniture cue (read more, photo credit, share prompt, credit line). */
export const textCues: BlockRefiner = (blocks) =>
  mark(blocks, (b) => {
    if (words(b.text) > 40) return null;
    const cue = TEXT_CUES.find((c) => c.pattern.test(b.text));
    return cue ? { kind: cue.kind, reason: cue.name } : null;
  });

/** 5. Short blocks that are only a publication or update date. */
export const dateOnly: BlockRefiner = (blocks) =>
  mark(blocks, (b) =>
    words(b.text) <= 12 && isStampLine(b.text) ? { kind: 'header', reason: 'date line' } : null,
  );

/** 6. A byline ("By Jane Doe", "By Reuters") near the top. */
export const bylineLine: BlockRefiner = (blocks) =>
  mark(blocks, (b, i) =>
    i < 8 && words(b.text) <= 20 && /^by\s+\p{Lu}/iu.test(b.text) && !/[!?]["”]?$/.test(b.text)
      ? { kind: 'byline', reason: 'by-line' }
      : null,
  );
