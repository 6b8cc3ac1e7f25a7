// Verifies candidate pairs and turns them into relations and flags. Shared by the batch stage and
// the incremental workspace path, so both judge a pair the same way.
import type { Flag } from '../types/article.js';
import type { Relation } from '../types/story.js';
import { copySide } from './classify/direction.js';
import { judge } from './classify/judge.js';
import type { DedupConfig } from './config.js';
import { toFlag, toRelation } from './relation.js';
import { type IntrinsicSpin, intrinsicSpin } from './spin/score.js';
import { verifyPair } from './verify/index.js';
import type { ArticleView } from './verify/view.js';

const NONE: IntrinsicSpin = { score: 0, signals: [] };

/** The intrinsic signals are English patterns ("an motion", "stated"); other languages are not read. */
export function spinSignals(v: Pick<ArticleView, 'text' | 'language'>): IntrinsicSpin {
  return v.language === null || v.language === 'en' ? intrinsicSpin(v.text) : NONE;
}

export interface Judged {
  relations: Relation[];
  flags: Map<string, Flag[]>;
}

function pushFlag(flags: Map<string, Flag[]>, id: string, flag: Flag): void {
  (flags.get(id) ?? flags.set(id, []).get(id)!).push(flag);
}

/** An intrinsic spin flag for articles whose text alone reads as spun and that no relation flagged spun. */
/** Intrinsic spin by article id: what is known, and where what is worked out goes. */
export interface SpinLookup {
  get(id: string): IntrinsicSpin | undefined;
  set(id: string, spin: IntrinsicSpin): unknown;
}

function intrinsicFlags(
  views: readonly ArticleView[],
  spin: Pick<SpinLookup, 'get'>,
  flags: Map<string, Flag[]>,
  cfg: DedupConfig,
): void {
  for (const v of views) {
    const s = spin.get(v.id);
    if (!s || s.score < cfg.intrinsicSpun) continue;
    const evidence = s.signals.map((x) => x.evidence);
    const existing = flags.get(v.id)?.find((f) => f.kind === 'spun');
    // Both kinds of evidence stay visible: the swaps against the original, and what the text shows alone.
    const own = Math.min(3, evidence.length);
    if (existing)
      existing.evidence = [...existing.evidence.slice(0, cfg.maxEvidence - own), ...evidence.slice(0, own)];
    else
      pushFlag(flags, v.id, {
        kind: 'spun',
        score: s.score,
        related: null,
        evidence: [...new Set(evidence)].slice(0, cfg.maxEvidence),
      });
  }
}

/**
 * A time limit per article over the pairs (see DocumentTimes): `verify` runs one pair's verification
 * and charges its time to the pair's articles; once an article is `over` its limit, no more of its
 * pairs are verified, and every relation and flag it is part of is dropped.
 */
export interface PairBudget {
  over(id: string): boolean;
  verify<T>(a: string, b: string, run: () => T): T;
}

/**
 * Judges the pairs; `flagged` are the articles that receive flags (the others only serve as
 * sources). `spin` holds the intrinsic spin already worked out (by the worker threads, or kept from
 * an earlier batch: only the score of an article that is not flagged is read); what is worked out
 * here is added to it. With a `budget`, articles over their time limit are left out of the result.
 */
export function judgePairs(
  pairs: readonly (readonly [ArticleView, ArticleView])[],
  flagged: readonly ArticleView[],
  cfg: DedupConfig,
  spin: SpinLookup = new Map(),
  budget?: PairBudget,
): Judged {
  const spinOf = (v: ArticleView): IntrinsicSpin => {
    const known = spin.get(v.id);
    if (known) return known;
    const worked = spinSignals(v);
    spin.set(v.id, worked);
    return worked;
  };
  for (const v of flagged) spinOf(v);
  const hints = { spin: new Map<string, number>() };
  const flaggedIds = new Set(flagged.map((v) => v.id));
  const judgeOne = (a: ArticleView, b: ArticleView) => {
    const report = verifyPair(a, b, cfg);
    hints.spin.set(a.id, spinOf(a).score).set(b.id, spinOf(b).score);
    const j = judge(report, cfg, hints.spin);
    if (!j) return null;
    const copy = j.copy ?? copySide(report, hints);
    const rel = toRelation(report, j, copy, cfg.maxEvidence);
    const flag = flaggedIds.has(rel.from)
      ? toFlag(rel, report, j, copy === 'a' ? a.text : b.text, cfg.maxEvidence)
      : null;
    return { rel, flag };
  };
  const found: { rel: Relation; flag: Flag | null }[] = [];
  for (const [a, b] of pairs) {
    if (budget && (budget.over(a.id) || budget.over(b.id))) continue;
    const one = budget ? budget.verify(a.id, b.id, () => judgeOne(a, b)) : judgeOne(a, b);
    if (one) found.push(one);
  }
  // An article over its limit after its relations were found takes them out with it.
  const kept = budget ? found.filter(({ rel }) => !budget.over(rel.from) && !budget.over(rel.to)) : found;
  const relations: Relation[] = [];
  const flags = new Map<string, Flag[]>();
  for (const { rel, flag } of kept) {
    relations.push(rel);
    if (flag) pushFlag(flags, rel.from, flag);
  }
  const within = budget ? flagged.filter((v) => !budget.over(v.id)) : flagged;
  intrinsicFlags(within, spin, flags, cfg);
  return { relations, flags };
}
