// Scoring entity mentions against a hand-checked gold set, CoNLL style: a mention is the name
// itself (no title, no honorific), matched by exact span; type accuracy is read over the matched
// mentions. Relaxed matching (overlap, one-to-one) is reported beside it so that a boundary slip
// ("Cubs GM Theo Epstein" for "Theo Epstein") shows apart from a missed or invented name.
import type { EntityType } from '../../types/article.js';

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
}

export interface MentionCounts {
  gold: number;
  predicted: number;
  exact: number;
  relaxed: number;
  typeOk: number;
  /** Gold people found (exactly) and predicted people, for the person-guessing figures. */
  goldPeople: number;
  predictedPeople: number;
  peopleOk: number;
}

export const emptyMentionCounts = (): MentionCounts => ({
  gold: 0,
  predicted: 0,
  exact: 0,
  relaxed: 0,
  typeOk: 0,
  goldPeople: 0,
  predictedPeople: 0,
  peopleOk: 0,
});

/** Counts for one document; each gold mention is matched to at most one prediction. */
export function countMentions(
  gold: readonly GoldMention[],
  predicted: readonly GoldMention[],
): MentionCounts {
  const counts: MentionCounts = {
    ...emptyMentionCounts(),
    gold: gold.length,
    predicted: predicted.length,
    goldPeople: gold.filter((g) => g.type === 'person').length,
    predictedPeople: predicted.filter((p) => p.type === 'person').length,
  };
  const exactUsed = new Set<number>();
  const relaxedUsed = new Set<number>();
  for (const g of gold) {
    const exact = predicted.findIndex((p, i) => !exactUsed.has(i) && p.start === g.start && p.end === g.end);
    if (exact >= 0) {
      exactUsed.add(exact);
      counts.exact++;
      if (predicted[exact]!.type === g.type) counts.typeOk++;
      if (g.type === 'person' && predicted[exact]!.type === 'person') counts.peopleOk++;
    }
    const near = predicted.findIndex((p, i) => !relaxedUsed.has(i) && p.start < g.end && g.start < p.end);
    if (near >= 0) {
      relaxedUsed.add(near);
      counts.relaxed++;
    }
  }
  return counts;
}

export function addMentionCounts(a: MentionCounts, b: MentionCounts): MentionCounts {
  const out = { ...a };
  for (const k of Object.keys(out) as (keyof MentionCounts)[]) out[k] += b[k];
  return out;
}

const ratio = (n: number, d: number): number => (d > 0 ? n / d : 0);
const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** Precision, recall and F1 (exact and relaxed), type accuracy, and the person figures. */
export function mentionMetrics(c: MentionCounts): Record<string, number> {
  const p = ratio(c.exact, c.predicted);
  const r = ratio(c.exact, c.gold);
  const rp = ratio(c.relaxed, c.predicted);
  const rr = ratio(c.relaxed, c.gold);
  const pp = ratio(c.peopleOk, c.predictedPeople);
  const pr = ratio(c.peopleOk, c.goldPeople);
  return {
    precision: p,
    recall: r,
    f1: f1(p, r),
    relaxed_precision: rp,
    relaxed_recall: rr,
    relaxed_f1: f1(rp, rr),
    type_accuracy: ratio(c.typeOk, c.exact),
    person_precision: pp,
    person_recall: pr,
  };
}
