// HTML → article text and metadata, as a numbered cascade:
//   0. read JSON-LD and <time> from the raw markup, cut invisible elements and page chrome
//      (<nav>, <header>, <footer>, <aside>), parse, read the page's metadata;
//   1. Readability on that document, its blocks judged by the block refiners;
//   2. when step 1 finds nothing or too little, every block of a freshly parsed page, judged the
//      same way, and the densest run of prose kept.
// The input string is never changed; each step works on a document parsed for it alone.

import { markupDepth } from '../../ingest/guards/depth.js';
import type { Removed } from '../../types/article.js';
import type { CleanConfig } from '../config.js';
import { densestRun, pageBlocks } from './density.js';
import { cleanByline, type PageMeta, readPageMeta } from './metadata.js';
import { jsonLdBlocks, parseDocument, stripInvisible } from './prepare.js';
import { runReadability } from './readability.js';
import {
  bylineLine,
  contextCues,
  dateOnly,
  furnitureTags,
  type Judged,
  linkDense,
  textCues,
} from './refiners.js';
import { chromeAboveStory, furnitureHeadings, headlineAtTop } from './structure.js';

export interface HtmlExtraction {
  paragraphs: string[];
  removed: Removed[];
  meta: PageMeta;
  /** Which cascade step gave the text. */
  step: 'readability' | 'density';
}

function refineBlocks(
  blocks: readonly Judged[],
  titles: readonly (string | null)[],
  config: CleanConfig,
): Judged[] {
  // Per-block rules first; the neighbour rules (headings, chrome) need their verdicts.
  const chain = [
    furnitureTags,
    contextCues,
    linkDense,
    textCues,
    dateOnly,
    bylineLine,
    headlineAtTop(titles),
    furnitureHeadings,
    chromeAboveStory,
  ];
  return chain.reduce<Judged[]>((acc, refine) => refine(acc, config), [...blocks]);
}

const keptChars = (blocks: readonly Judged[]) =>
  blocks.reduce((n, b) => n + (b.verdict ? 0 : b.text.length), 0);

function densityStep(prepared: string, titles: readonly (string | null)[], config: CleanConfig): Judged[] {
  return densestRun(refineBlocks(pageBlocks(parseDocument(prepared)), titles, config), config);
}

export function extractHtml(html: string, url: string | null, config: CleanConfig): HtmlExtraction {
  const jsonLd = jsonLdBlocks(html);
  const prepared = stripInvisible(html);
  const doc = parseDocument(prepared);
  const pageMeta = readPageMeta(doc, html, jsonLd, url);
  // Readability's conditional cleaning is quadratic in nesting depth (a 500-deep page took seconds):
  // past `readabilityMaxDepth` the cascade goes straight to the density step.
  const read = markupDepth(prepared, 'html') > config.readabilityMaxDepth ? null : runReadability(doc);
  const meta: PageMeta = {
    ...pageMeta,
    title: pageMeta.title ?? read?.title ?? null,
    byline: pageMeta.byline ?? cleanByline(read?.byline),
  };
  let blocks = refineBlocks(
    (read?.blocks ?? []).map((b) => ({ ...b, verdict: null })),
    [meta.title, read?.title ?? null],
    config,
  );
  let step: HtmlExtraction['step'] = 'readability';
  if (keptChars(blocks) < config.readabilityMinChars) {
    const dense = densityStep(prepared, [meta.title], config);
    if (keptChars(dense) * config.readabilityMinShare > keptChars(blocks)) {
      blocks = dense;
      step = 'density';
    }
  }
  return {
    paragraphs: blocks.filter((b) => !b.verdict).map((b) => b.text),
    removed: blocks.flatMap((b) =>
      b.verdict ? [{ kind: b.verdict.kind, text: b.text, reason: b.verdict.reason }] : [],
    ),
    meta,
    step,
  };
}
