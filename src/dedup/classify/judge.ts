// From a verified pair to a relation kind: an ordered cascade, the first rule that holds wins.
// 1. duplicate  2. near-duplicate  3. spun  4. syndicated  5. derived  6. nothing.
import type { RelationKind } from '../../types/story.js';
import type { DedupConfig } from '../config.js';
import { type AlignedSpin, alignedSpin } from '../spin/aligned.js';
import type { SentencePair } from '../verify/align.js';
import type { PairReport } from '../verify/index.js';
import type { Side } from './direction.js';

export interface Judgement {
  kind: RelationKind;
  score: number;
  /** Set when the kind itself fixes which side is the copy (the spun side). */
  copy?: Side;
  spin?: AlignedSpin;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** How much of one side is reused: passages weigh more than loosely aligned sentences. */
export function reuseScore(cover: number, alignedShare: number): number {
  return 0.6 * cover + 0.4 * alignedShare;
}

function spunSide(r: PairReport, side: Side, cfg: DedupConfig): Judgement | null {
  const pairs = side === 'a' ? r.alignedA : r.alignedB;
  const view = side === 'a' ? r.a : r.b;
  const [share, cover] = side === 'a' ? [r.alignedShareA, r.coverA] : [r.alignedShareB, r.coverB];
  if (share < cfg.spunAligned || cover >= cfg.syndicated) return null;
  const words = (p: SentencePair) => view.sentences[p.a]!.end - view.sentences[p.a]!.first;
  const spin = alignedSpin(pairs, words);
  if (spin.substitutions < cfg.spunMinSubstitutions) return null;
  const explained = spin.explained / spin.substitutions;
  // Spinners swap words in place; people who rewrite also move and cut, so the structure goes.
  if (explained < cfg.spunExplained || spin.structureKept < 0.8) return null;
  return { kind: 'spun', score: round(Math.min(1, explained * share + 0.2)), copy: side, spin };
}

/**
 * When the wording of both sides can be explained from the other, the spun side is the one whose
 * swaps run the way spinners' do, then the one whose own text shows more spin.
 */
function pickSpun(x: Judgement, y: Judgement, r: PairReport, spin: ReadonlyMap<string, number>): Judgement {
  const [dx, dy] = [x.spin!.directed, y.spin!.directed];
  if (dx !== dy) return dx > dy ? x : y;
  const [sa, sb] = [spin.get(r.a.id) ?? 0, spin.get(r.b.id) ?? 0];
  return sb > sa ? y : x;
}

/** `spin` holds the intrinsic spin score of either article, where known. */
export function judge(
  r: PairReport,
  cfg: DedupConfig,
  spin: ReadonlyMap<string, number> = new Map(),
): Judgement | null {
  if (r.identical) return { kind: 'duplicate', score: 1 };
  const low = Math.min(r.coverA, r.coverB);
  const high = Math.max(r.coverA, r.coverB);
  if (low >= cfg.nearDuplicate) return { kind: 'near-duplicate', score: round(low) };
  const [sa, sb] = [spunSide(r, 'a', cfg), spunSide(r, 'b', cfg)];
  if (sa && sb) return pickSpun(sa, sb, r, spin);
  if (sa ?? sb) return (sa ?? sb)!;
  if (high >= cfg.syndicated) return { kind: 'syndicated', score: round(high) };
  const reuse = Math.max(reuseScore(r.coverA, r.alignedShareA), reuseScore(r.coverB, r.alignedShareB));
  if (reuse >= cfg.derived) return { kind: 'derived', score: round(Math.min(1, reuse)) };
  return null;
}
