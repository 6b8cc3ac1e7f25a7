// The reuse level of a text against a known source, on the Clough & Stevenson scale: cut
// (copy-paste), light or heavy revision, or non (written independently).
import type { DedupConfig } from '../config.js';
import type { PairReport } from '../verify/index.js';
import { reuseScore } from './judge.js';

export type ReuseLevel = 'cut' | 'light' | 'heavy' | 'non';

export type LevelThresholds = Pick<DedupConfig, 'derived' | 'cutLevel' | 'lightLevel'>;

/** `r.a` is the text judged, `r.b` its candidate source. */
export function reuseLevel(r: PairReport, t: LevelThresholds): ReuseLevel {
  if (reuseScore(r.coverA, r.keptShareA) < t.derived) return 'non';
  if (r.coverA >= t.cutLevel) return 'cut';
  if (r.coverA >= t.lightLevel) return 'light';
  return 'heavy';
}
