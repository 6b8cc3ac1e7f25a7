// Spun copies of real news scored end to end. Each ECB+ document gets one spun copy (spinner and
// rate in rotation, seeded by its id): with its original beside it, the copy must be linked as
// `spun`; alone, a light spin (a fifth to a third of the eligible words) must be flagged from its
// own text; and the human reports, topic by topic, must carry no spin flag. Topics 1–20 are where
// the detector was tuned; the figures pinned are those of topics 21–35.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectReuse } from '../dedup/detect.js';
import { articleFromText } from '../dedup/measure/article.js';
import { intrinsicSpin } from '../dedup/spin/score.js';
import type { Context } from '../types/stages.js';
import { SPINNERS, seeded, spin } from './spin-sets.js';

export const ALIGNED_RATES = [0.1, 0.2, 0.33, 0.5] as const;
export const LIGHT_RATES = [0.2, 0.33] as const;
/**
 * Fewest swaps for a copy to count as spun: a brief of 30 words with one or two words changed is
 * a near-duplicate by any reading (such copies are left out and counted in the note).
 */
export const MIN_SWAPS = 3;

export interface SpinSetScore {
  /** Copies linked to their original as spun (copy on the `from` side). */
  aligned: number;
  alignedN: number;
  /** Light spins flagged with no original present. */
  light: number;
  lightN: number;
  /** Human reports carrying any spin flag when their topic is analysed together. */
  human: number;
  humanN: number;
  /** Copies left out for having fewer than MIN_SWAPS swaps. */
  tooFew: number;
  /** Detected share per spinner and rate, e.g. `aligned first 0.1` → 0.9. */
  byKind: Record<string, number>;
}

interface Doc {
  id: string;
  topic: number;
  text: string;
}

export function loadEcb(dir: string): Doc[] {
  const rows = readFileSync(join(dir, 'labels.tsv'), 'utf8').trim().split('\n').slice(1);
  return rows.map((line) => {
    const [id, topic] = line.split('\t') as [string, string];
    return { id, topic: Number(topic), text: readFileSync(join(dir, 'docs', `${id}.txt`), 'utf8') };
  });
}

function tally(byKind: Map<string, [number, number]>, key: string, hit: boolean): void {
  const t = byKind.get(key) ?? byKind.set(key, [0, 0]).get(key)!;
  t[0] += hit ? 1 : 0;
  t[1]++;
}

/** The copy beside its original, in an order fixed by a coin: the detector must find the copy side. */
function alignedHit(d: Doc, copy: string, ctx: Context): boolean {
  const original = articleFromText('original', d.text);
  const spun = articleFromText('copy', copy);
  const pair = seeded(d.id)() < 0.5 ? [original, spun] : [spun, original];
  const { relations } = detectReuse(pair, ctx);
  return relations.some((r) => r.kind === 'spun' && r.from === 'copy');
}

/** Human reports flagged spun, one topic analysed at a time as a newsroom's corpus would hold it. */
function humanFlagged(docs: readonly Doc[], ctx: Context): number {
  let n = 0;
  for (const topic of new Set(docs.map((d) => d.topic))) {
    const group = docs.filter((d) => d.topic === topic).map((d) => articleFromText(d.id, d.text));
    const { flags } = detectReuse(group, ctx);
    n += group.filter((a) => (flags.get(a.id) ?? []).some((f) => f.kind === 'spun')).length;
  }
  return n;
}

interface Tally {
  byKind: Map<string, [number, number]>;
  tooFew: number;
}

/** Whether the document's spun copy, beside its original, is linked as spun; null when left out. */
function alignedCase(d: Doc, i: number, ctx: Context, t: Tally): boolean | null {
  const spinner = SPINNERS[i % SPINNERS.length]!;
  const rate = ALIGNED_RATES[Math.floor(i / SPINNERS.length) % ALIGNED_RATES.length]!;
  const copy = spin(d.text, spinner, rate, d.id);
  if (copy.swaps.length < MIN_SWAPS) {
    t.tooFew++;
    return null;
  }
  const hit = alignedHit(d, copy.text, ctx);
  tally(t.byKind, `aligned ${spinner} ${rate}`, hit);
  return hit;
}

/** Whether a light spin of the document, alone, is flagged from its own text; null when left out. */
function lightCase(d: Doc, i: number, ctx: Context, t: Tally): boolean | null {
  const rate = LIGHT_RATES[i % LIGHT_RATES.length]!;
  const lone = spin(d.text, SPINNERS[(i + 1) % SPINNERS.length]!, rate, `${d.id}|alone`);
  if (lone.swaps.length < MIN_SWAPS) {
    t.tooFew++;
    return null;
  }
  const flagged = intrinsicSpin(lone.text).score >= ctx.config.dedup.intrinsicSpun;
  tally(t.byKind, `light ${rate}`, flagged);
  return flagged;
}

const share = (xs: readonly (boolean | null)[]) => {
  const kept = xs.filter((x) => x !== null);
  return { rate: kept.filter(Boolean).length / Math.max(1, kept.length), n: kept.length };
};

export function scoreSpinSets(docs: readonly Doc[], ctx: Context): SpinSetScore {
  const t: Tally = { byKind: new Map(), tooFew: 0 };
  const aligned = share(docs.map((d, i) => alignedCase(d, i, ctx, t)));
  const light = share(docs.map((d, i) => lightCase(d, i, ctx, t)));
  return {
    aligned: aligned.rate,
    alignedN: aligned.n,
    light: light.rate,
    lightN: light.n,
    human: humanFlagged(docs, ctx) / Math.max(1, docs.length),
    humanN: docs.length,
    tooFew: t.tooFew,
    byKind: Object.fromEntries([...t.byKind].map(([k, [hit, n]]) => [k, hit / n])),
  };
}
