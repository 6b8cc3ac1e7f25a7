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
  views: readonly Pick<ArticleView, 'id'>[],
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
 * Judges pairs one at a time, as they are found, and gives the relations and flags in the order of
 * the pairs' keys whatever order they were judged in (a pair's judgement depends only on its two
 * articles). `flag` the articles that receive flags before judging their pairs.
 */
export class PairJudge {
  readonly #found: { key: readonly [number, number]; rel: Relation; flag: Flag | null }[] = [];
  readonly #flagged = new Set<string>();
  readonly #hints = { spin: new Map<string, number>() };

  constructor(
    private readonly cfg: DedupConfig,
    private readonly spin: SpinLookup = new Map(),
    private readonly budget?: PairBudget,
  ) {}

  #spinOf(v: ArticleView): IntrinsicSpin {
    const known = this.spin.get(v.id);
    if (known) return known;
    const worked = spinSignals(v);
    this.spin.set(v.id, worked);
    return worked;
  }

  #judgeOne(a: ArticleView, b: ArticleView): { rel: Relation; flag: Flag | null } | null {
    const report = verifyPair(a, b, this.cfg);
    this.#hints.spin.set(a.id, this.#spinOf(a).score).set(b.id, this.#spinOf(b).score);
    const j = judge(report, this.cfg, this.#hints.spin);
    if (!j) return null;
    const copy = j.copy ?? copySide(report, this.#hints);
    const rel = toRelation(report, j, copy, this.cfg.maxEvidence);
    const flag = this.#flagged.has(rel.from)
      ? toFlag(rel, report, j, copy === 'a' ? a.text : b.text, this.cfg.maxEvidence)
      : null;
    return { rel, flag };
  }

  /** An article that receives flags (the others only serve as sources); its spin is worked out now. */
  flag(v: ArticleView): void {
    this.#spinOf(v);
    this.#flagged.add(v.id);
  }

  /** Judges one pair; `key` orders the result among the others (ascending, first number first). */
  judge(a: ArticleView, b: ArticleView, key: readonly [number, number]): void {
    const { budget } = this;
    if (budget && (budget.over(a.id) || budget.over(b.id))) return;
    const one = budget ? budget.verify(a.id, b.id, () => this.#judgeOne(a, b)) : this.#judgeOne(a, b);
    if (one) this.#found.push({ key, ...one });
  }

  /** The relations and flags found; `flagged` (as flagged, in order) also get their intrinsic spin flags. */
  result(flagged: readonly Pick<ArticleView, 'id'>[]): Judged {
    const { budget } = this;
    const found = [...this.#found].sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1]);
    // An article over its limit after its relations were found takes them out with it.
    const kept = budget ? found.filter(({ rel }) => !budget.over(rel.from) && !budget.over(rel.to)) : found;
    const relations: Relation[] = [];
    const flags = new Map<string, Flag[]>();
    for (const { rel, flag } of kept) {
      relations.push(rel);
      if (flag) pushFlag(flags, rel.from, flag);
    }
    const within = budget ? flagged.filter((v) => !budget.over(v.id)) : flagged;
    intrinsicFlags(within, this.spin, flags, this.cfg);
    return { relations, flags };
  }
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
  const judged = new PairJudge(cfg, spin, budget);
  for (const v of flagged) judged.flag(v);
  for (const [k, [a, b]] of pairs.entries()) judged.judge(a, b, [k, 0]);
  return judged.result(flagged);
}
