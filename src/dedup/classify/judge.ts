// From a verified pair to a relation kind: an ordered cascade, the first rule that holds wins.
// 1. duplicate  2. wrapped (one text whole inside the other: syndicated)  3. near-duplicate
// 4. spun  5. syndicated (most of one text inside the other)  6. derived  7. nothing.
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

/**
 * How much of one side is reused: its share inside shared passages, and its share of content words
 * kept in order inside aligned sentences (a rewrite keeps those while breaking up the passages).
 * Names, figures and quotations count in neither (see ArticleView.evidential).
 */
export function reuseScore(cover: number, keptShare: number): number {
  return 0.6 * cover + 0.4 * keptShare;
}

function spunSide(r: PairReport, side: Side, cfg: DedupConfig): Judgement | null {
  const pairs = side === 'a' ? r.alignedA : r.alignedB;
  const view = side === 'a' ? r.a : r.b;
  const [share, cover] = side === 'a' ? [r.alignedShareA, r.verbatimA] : [r.alignedShareB, r.verbatimB];
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
/**
 * One text whole inside the other as a single passage, the other adding words only round it: the
 * same story under another outlet's wrapper rather than an edited copy.
 */
function wrapped(r: PairReport): boolean {
  const shorter = Math.min(r.a.words.length, r.b.words.length);
  const longer = Math.max(r.a.words.length, r.b.words.length);
  const longest = r.runs.reduce((m, x) => Math.max(m, x.length), 0);
  return shorter > 0 && longest >= 0.97 * shorter && longer > shorter;
}

export function judge(
  r: PairReport,
  cfg: DedupConfig,
  spin: ReadonlyMap<string, number> = new Map(),
): Judgement | null {
  if (r.identical) return { kind: 'duplicate', score: 1 };
  const low = Math.min(r.verbatimA, r.verbatimB);
  const high = Math.max(r.verbatimA, r.verbatimB);
  if (wrapped(r)) return { kind: 'syndicated', score: round(high) };
  if (low >= cfg.nearDuplicate) return { kind: 'near-duplicate', score: round(low) };
  const [sa, sb] = [spunSide(r, 'a', cfg), spunSide(r, 'b', cfg)];
  if (sa && sb) return pickSpun(sa, sb, r, spin);
  if (sa ?? sb) return (sa ?? sb)!;
  if (high >= cfg.syndicated) return { kind: 'syndicated', score: round(high) };
  const reuse = Math.max(reuseScore(r.coverA, r.keptShareA), reuseScore(r.coverB, r.keptShareB));
  if (reuse >= cfg.derived) return { kind: 'derived', score: round(Math.min(1, reuse)) };
  return null;
}
