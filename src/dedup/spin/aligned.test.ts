import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SentencePair } from '../verify/align.js';
import { diffSentences } from '../verify/diff.js';
import { alignedSpin } from './aligned.js';

/** Aligned sentence pairs from word lists (copy first, original second). */
function pairs(...sentences: [string, string][]): SentencePair[] {
  return sentences.map(([copy, original], i) => {
    const diff = diffSentences(copy.split(' '), original.split(' '));
    return { a: i, b: i, dice: 1, diff, keptContent: diff.same };
  });
}

const words = (p: SentencePair) =>
  p.diff.same + p.diff.substitutions.reduce((n, s) => n + s.lengths[0], 0) + p.diff.extra;

test('a copy whose swaps cannot reach the share asked for gives up early; one that can is read in full', () => {
  // Three names changed (no synonym explains them) before one synonym swap: at most 2 of 4 explained.
  const renamed = pairs(
    ['smithkaro met jonesro in parisro', 'brownvan met leetu in romedur'],
    ['the minister told reporters', 'the minister instructed reporters'],
  );
  const full = alignedSpin(renamed, words)!;
  assert.equal(full.substitutions, 4);
  assert.ok(full.explained / full.substitutions < 0.6, 'the full reading falls short too');
  assert.equal(alignedSpin(renamed, words, 0.6), null);
  // Swaps a thesaurus explains: the early answer is the full one.
  const spun = pairs(
    ['the minister instructed reporters', 'the minister told reporters'],
    ['officials held a huge meeting', 'officials held a big meeting'],
  );
  assert.deepEqual(alignedSpin(spun, words, 0.6), alignedSpin(spun, words));
  assert.ok(alignedSpin(spun, words, 0.6)!.explained >= 1);
  // One unexplained swap among several that are: the share stays within reach, nothing is cut.
  const mostly = pairs(
    ['the minister instructed reporters in parisro', 'the minister told reporters in paristes'],
    ['officials held a huge meeting', 'officials held a big meeting'],
  );
  assert.deepEqual(alignedSpin(mostly, words, 0.5), alignedSpin(mostly, words));
});
