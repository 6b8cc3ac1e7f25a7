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
 * Judges the pairs; `flagged` are the articles that receive flags (the others only serve as
 * sources). `spin` holds the intrinsic spin already worked out (by the worker threads, or kept from
 * an earlier batch: only the score of an article that is not flagged is read); what is worked out
 * here is added to it.
 */
export function judgePairs(
  pairs: readonly (readonly [ArticleView, ArticleView])[],
  flagged: readonly ArticleView[],
  cfg: DedupConfig,
  spin: SpinLookup = new Map(),
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
  const relations: Relation[] = [];
  const flags = new Map<string, Flag[]>();
  const flaggedIds = new Set(flagged.map((v) => v.id));
  for (const [a, b] of pairs) {
    const report = verifyPair(a, b, cfg);
    hints.spin.set(a.id, spinOf(a).score).set(b.id, spinOf(b).score);
    const j = judge(report, cfg, hints.spin);
    if (!j) continue;
    const copy = j.copy ?? copySide(report, hints);
    const rel = toRelation(report, j, copy, cfg.maxEvidence);
    relations.push(rel);
    if (flaggedIds.has(rel.from))
      pushFlag(flags, rel.from, toFlag(rel, report, j, copy === 'a' ? a.text : b.text, cfg.maxEvidence));
  }
  intrinsicFlags(flagged, spin, flags, cfg);
  return { relations, flags };
}
