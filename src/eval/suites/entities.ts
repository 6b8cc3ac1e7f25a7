// Entity mentions against the hand-checked gold cases kept in the repository
// (src/analyze/entities/gold/<slug>/): the five Geneva reports as they are in examples/ and
// short news texts written for the purpose. Mentions are scored CoNLL style (the name without
// title or honorific, exact span); type accuracy over the matched ones; person precision says how
// often a name called a person is one (an unknown capitalised run is not a person by default).
import { join } from 'node:path';
import { predictedMentions, readGoldCases } from '../../analyze/entities/gold.js';
import {
  addMentionCounts,
  countMentions,
  emptyMentionCounts,
  mentionMetrics,
} from '../../analyze/entities/score.js';
import { readText } from '../../nlp/index.js';
import { repoRoot } from '../data.js';
import type { Suite, SuiteResult } from '../types.js';

const GOLD = join(repoRoot, 'src', 'analyze', 'entities', 'gold');

const round = (v: number) => Math.round(v * 10_000) / 10_000;

async function run(): Promise<SuiteResult> {
  const cases = readGoldCases(GOLD, repoRoot);
  if (cases.length === 0) throw new Error(`no entity gold cases under ${GOLD}`);
  let counts = emptyMentionCounts();
  const worst: string[] = [];
  for (const c of cases) {
    const one = countMentions(c.mentions, predictedMentions(c.text, readText(c.text)));
    counts = addMentionCounts(counts, one);
    const f1 = mentionMetrics(one).f1 ?? 0;
    worst.push(`${c.slug} ${f1.toFixed(2)}`);
  }
  const metrics = Object.fromEntries(Object.entries(mentionMetrics(counts)).map(([k, v]) => [k, round(v)]));
  return {
    metrics: { ...metrics, gold_mentions: counts.gold },
    peers: {},
    notes: [
      `${cases.length} hand-checked cases, ${counts.gold} gold mentions, ${counts.predicted} predicted; exact span on the name part`,
      `F1 per case: ${worst.join(', ')}`,
    ],
  };
}

const suite: Suite = {
  name: 'entities',
  description: 'entity mentions (span, type) against hand-checked gold cases kept in the repository',
  // The gold lives in the repository, not in the shared eval folder.
  dataPath: '.',
  run,
};
export default suite;
