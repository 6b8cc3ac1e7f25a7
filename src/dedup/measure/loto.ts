// Leave-one-task-out: thresholds fitted on the other tasks, applied to the held-out one, so no
// answer is scored by a threshold that saw it.
import type { ReuseLevel } from '../classify/level.js';
import { cutPoints } from './metrics.js';

export interface Scored {
  task: string;
  gold: ReuseLevel;
  /** Feature deciding derived vs independent. */
  score: number;
  /** Feature ordering cut > light > heavy among derived texts. */
  level: number;
}

export interface LevelFit {
  derived: number;
  light: number;
  cut: number;
}

export function classify(x: Scored, f: LevelFit): ReuseLevel {
  if (x.score < f.derived) return 'non';
  return x.level >= f.cut ? 'cut' : x.level >= f.light ? 'light' : 'heavy';
}

/** The most accurate thresholds on `train` (binary threshold first, then the two level cuts). */
export function fit(train: readonly Scored[]): LevelFit {
  const correct = (f: LevelFit) => train.filter((x) => classify(x, f) === x.gold).length;
  const binary = (t: number) => train.filter((x) => x.score >= t === (x.gold !== 'non')).length;
  // Of the equally accurate thresholds, the middle one: the widest margin on both sides.
  const points = cutPoints(train.map((x) => x.score));
  const top = Math.max(...points.map(binary));
  const tied = points.filter((t) => binary(t) === top);
  const derived = tied[Math.floor(tied.length / 2)] ?? 0;
  const levels = cutPoints(train.map((x) => x.level));
  let best: LevelFit = { derived, light: 0, cut: 1 };
  for (const light of levels)
    for (const cut of levels) {
      const f = { derived, light, cut };
      if (cut > light && correct(f) > correct(best)) best = f;
    }
  return best;
}

/** Predictions for every item, each from thresholds fitted without its task. */
export function leaveOneTaskOut(items: readonly Scored[]): ReuseLevel[] {
  const fits = new Map<string, LevelFit>();
  for (const task of new Set(items.map((x) => x.task)))
    fits.set(task, fit(items.filter((x) => x.task !== task)));
  return items.map((x) => classify(x, fits.get(x.task)!));
}
