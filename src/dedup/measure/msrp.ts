// Microsoft Research Paraphrase Corpus (train split): the sentence-level verifier as a classifier.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paraphraseScore } from '../verify/sentence.js';
import { accuracyOf, confusion, f1Of } from './metrics.js';

export function scoreMsrp(dir: string, threshold: number): { accuracy: number; f1: number; pairs: number } {
  const rows = readFileSync(join(dir, 'train.tsv'), 'utf8').trim().split('\n').slice(1);
  const gold: boolean[] = [];
  const predicted: boolean[] = [];
  for (const line of rows) {
    const [quality, , , s1, s2] = line.split('\t');
    if (s1 === undefined || s2 === undefined) continue;
    gold.push(quality?.replace(/^\uFEFF/, '') === '1');
    predicted.push(paraphraseScore(s1, s2) >= threshold);
  }
  const c = confusion(gold, predicted);
  return { accuracy: accuracyOf(c), f1: f1Of(c), pairs: gold.length };
}
