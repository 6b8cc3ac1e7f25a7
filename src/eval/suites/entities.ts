// Entity mentions against the hand-checked gold cases kept in the repository
// (src/analyze/entities/gold/<slug>/): the five Geneva reports as they are in examples/, short news
// texts written for the purpose, and a few ECB+ reports kept as offsets only (read from the shared
// folder at run time, skipped without it). Mentions are scored CoNLL style (the name without
// title or honorific, exact span); type accuracy over the matched ones; person precision says how
// often a name called a person is one (an unknown capitalised run is not a person by default).
import { join } from 'node:path';
import { type GoldCase, predictedMentions, readGoldCases } from '../../analyze/entities/gold.js';
import {
  addMentionCounts,
  countMentions,
  emptyMentionCounts,
  type MentionCounts,
  mentionMetrics,
} from '../../analyze/entities/score.js';
import { readText } from '../../nlp/index.js';
import { repoRoot, sharedDir } from '../data.js';
import type { Suite, SuiteResult } from '../types.js';

const GOLD = join(repoRoot, 'src', 'analyze', 'entities', 'gold');

const round = (v: number) => Math.round(v * 10_000) / 10_000;

/** Summed counts over the cases, with each case's F1 for the notes. */
function score(cases: readonly GoldCase[]): { counts: MentionCounts; perCase: string[] } {
  let counts = emptyMentionCounts();
  const perCase: string[] = [];
  for (const c of cases) {
    const one = countMentions(c.mentions, predictedMentions(c.text, readText(c.text)));
    counts = addMentionCounts(counts, one);
    perCase.push(`${c.slug} ${(mentionMetrics(one).f1 ?? 0).toFixed(2)}`);
  }
  return { counts, perCase };
}

const rounded = (m: Record<string, number>, prefix = '') =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [prefix + k, round(v)]));

async function run(): Promise<SuiteResult> {
  const cases = readGoldCases(GOLD, { repo: repoRoot, shared: sharedDir() });
  if (cases.length === 0) throw new Error(`no entity gold cases under ${GOLD}`);
  const all = score(cases);
  // The shared texts were added after most rules were written: their figures are the more honest ones.
  const sample = cases.filter((c) => c.shared);
  const unseen = sample.length > 0 ? score(sample) : null;
  return {
    metrics: {
      ...rounded(mentionMetrics(all.counts)),
      gold_mentions: all.counts.gold,
      ...(unseen ? rounded(mentionMetrics(unseen.counts), 'shared_') : {}),
    },
    peers: {},
    notes: [
      `${cases.length} hand-checked cases, ${all.counts.gold} gold mentions, ${all.counts.predicted} predicted; exact span on the name part`,
      unseen
        ? `shared_*: the ${sample.length} ECB+ reports (${unseen.counts.gold} mentions), offsets only, added after most rules were written`
        : 'shared_*: skipped, the shared folder is not on this machine',
      `F1 per case: ${all.perCase.join(', ')}`,
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
