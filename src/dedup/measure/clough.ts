// Clough & Stevenson (2011) short-answer reuse corpus: every answer judged against its source
// with the verifier, then scored with the configured thresholds and by leave-one-task-out fits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readText } from '../../nlp/index.js';
import { judge, reuseScore } from '../classify/judge.js';
import { type ReuseLevel, reuseLevel } from '../classify/level.js';
import type { DedupConfig } from '../config.js';
import { wordTokens } from '../text/tokens.js';
import { type PairReport, verifyPair } from '../verify/index.js';
import { viewOf } from '../verify/view.js';

export interface CloughItem {
  file: string;
  task: string;
  gold: ReuseLevel;
  report: PairReport;
  /** Reuse score of the answer against its source. */
  score: number;
  /** Share of the answer's word trigrams found in the source: the classic baseline feature. */
  trigram: number;
  /** The stage's own judgement of the pair called it spun (human rewrites should not be). */
  judgedSpun: boolean;
}

function trigramContainment(answer: string, source: string): number {
  const grams = (t: string) => {
    const w = wordTokens(t).map((x) => x.norm);
    return new Set(w.slice(2).map((_, i) => `${w[i]} ${w[i + 1]} ${w[i + 2]}`));
  };
  const a = grams(answer);
  const s = grams(source);
  let n = 0;
  for (const g of a) if (s.has(g)) n++;
  return a.size === 0 ? 0 : n / a.size;
}

export function loadClough(dir: string, cfg: DedupConfig): CloughItem[] {
  const view = (file: string) => {
    const text = readFileSync(join(dir, file), 'utf8');
    return viewOf({ id: file, text, published: null, sentences: readText(text).sentences });
  };
  const rows = readFileSync(join(dir, 'labels.tsv'), 'utf8').trim().split('\n').slice(1);
  return rows.map((line) => {
    const [file, source, category] = line.split('\t') as [string, string, ReuseLevel];
    const [a, b] = [view(file), view(source)];
    const report = verifyPair(a, b, cfg);
    return {
      file,
      task: /task([a-z])/.exec(file)?.[1] ?? '?',
      gold: category,
      report,
      score: reuseScore(report.coverA, report.keptShareA),
      trigram: trigramContainment(a.text, b.text),
      judgedSpun: judge(report, cfg)?.kind === 'spun',
    };
  });
}

export const levelOf = (
  item: CloughItem,
  cfg: Pick<DedupConfig, 'derived' | 'cutLevel' | 'lightLevel'>,
): ReuseLevel => reuseLevel(item.report, cfg);
