// From a verified pair to a relation kind: an ordered cascade, the first rule that holds wins.
// 1. duplicate  2. wrapped (one text whole inside the other: syndicated)  3. spun
// 4. near-duplicate  5. syndicated (most of one text inside the other)  6. derived  7. nothing.
// Spun comes before near-duplicate: a light spin keeps nine words in ten verbatim.
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
  if (share < cfg.spunAligned) return null;
  const words = (p: SentencePair) => view.sentences[p.a]!.end - view.sentences[p.a]!.first;
  const spin = alignedSpin(pairs, words, cfg.spunExplained);
  if (!spin) return null;
  const light = cover >= cfg.syndicated;
  if (spin.substitutions < (light ? LIGHT_LEAST : cfg.spunMinSubstitutions)) return null;
  const explained = spin.explained / spin.substitutions;
  // Spinners swap words in place; people who rewrite also move and cut, so the structure goes.
  if (explained < cfg.spunExplained || spin.structureKept < 0.8) return null;
  if (light && !lightSpin(spin, view.words.length, cfg)) return null;
  return { kind: 'spun', score: round(Math.min(1, explained * share + 0.2)), copy: side, spin };
}

/** A known spinner swap weighs as much as a word 20 times rarer than the one it replaced (e^3). */
const DIRECTED_WEIGHT = 3;

/** Fewest distinct swaps in a copy that kept most words verbatim (a spun 100-word brief has 3). */
const LIGHT_LEAST = 3;

/**
 * A copy that kept most words verbatim is spun only when its swaps are dense, varied and in place:
 * an editor's copy of wire text changes a word or two, or one word throughout ("jewelry"), and
 * corrects figures and names, which no synonym explains.
 */
function lightSpin(spin: AlignedSpin, words: number, cfg: DedupConfig): boolean {
  return (
    spin.distinct >= LIGHT_LEAST && spin.distinct >= cfg.spunSwapDensity * words && spin.structureKept >= 0.9
  );
}

/**
 * When the wording of both sides can be explained from the other, the spun side is the one whose
 * swaps make it the rarer wording, a known spinner swap counting as a large step towards rarity
 * ("told" → "instructed"), then the one whose own text shows more spin.
 */
function pickSpun(x: Judgement, y: Judgement, r: PairReport, spin: ReadonlyMap<string, number>): Judgement {
  const lean = (j: Judgement) => j.spin!.rarer + DIRECTED_WEIGHT * j.spin!.directed;
  const [lx, ly] = [lean(x), lean(y)];
  if (lx !== ly) return lx > ly ? x : y;
  const [sa, sb] = [spin.get(r.a.id) ?? 0, spin.get(r.b.id) ?? 0];
  return sb > sa ? y : x;
}

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

/** `spin` holds the intrinsic spin score of either article, where known. */
export function judge(
  r: PairReport,
  cfg: DedupConfig,
  spin: ReadonlyMap<string, number> = new Map(),
): Judgement | null {
  if (r.identical) return { kind: 'duplicate', score: 1 };
  const low = Math.min(r.verbatimA, r.verbatimB);
  const high = Math.max(r.verbatimA, r.verbatimB);
  if (wrapped(r)) return { kind: 'syndicated', score: round(high) };
  const [sa, sb] = [spunSide(r, 'a', cfg), spunSide(r, 'b', cfg)];
  if (sa && sb) return pickSpun(sa, sb, r, spin);
  if (sa ?? sb) return (sa ?? sb)!;
  if (low >= cfg.nearDuplicate) return { kind: 'near-duplicate', score: round(low) };
  if (high >= cfg.syndicated) return { kind: 'syndicated', score: round(high) };
  const reuse = Math.max(reuseScore(r.coverA, r.keptShareA), reuseScore(r.coverB, r.keptShareB));
  if (reuse >= cfg.derived) return { kind: 'derived', score: round(Math.min(1, reuse)) };
  return null;
}
