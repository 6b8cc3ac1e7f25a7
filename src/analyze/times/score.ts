// TempEval-3's scoring of temporal expressions: spans matched strictly (same offsets) and relaxed
// (overlapping, one-to-one), type and value accuracy over the relaxed matches, value F1 = relaxed
// F1 × value accuracy, type F1 = relaxed F1 × type accuracy.

export interface Timex {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface TimexCounts {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  typeOk: number;
  valueOk: number;
}

export const emptyCounts = (): TimexCounts => ({
  gold: 0,
  predicted: 0,
  strict: 0,
  relaxed: 0,
  typeOk: 0,
  valueOk: 0,
});

/** Counts for one document; each gold expression is matched to at most one prediction. */
export function countDocument(gold: readonly Timex[], predicted: readonly Timex[]): TimexCounts {
  const used = new Set<number>();
  const counts = { ...emptyCounts(), gold: gold.length, predicted: predicted.length };
  for (const g of gold) {
    const exact = predicted.findIndex((p, i) => !used.has(i) && p.start === g.start && p.end === g.end);
    const index =
      exact >= 0 ? exact : predicted.findIndex((p, i) => !used.has(i) && p.start < g.end && g.start < p.end);
    const p = predicted[index];
    if (!p) continue;
    used.add(index);
    counts.relaxed++;
    if (exact >= 0) counts.strict++;
    if (p.type === g.type) counts.typeOk++;
    if (p.value === g.value) counts.valueOk++;
  }
  return counts;
}

export function addCounts(a: TimexCounts, b: TimexCounts): TimexCounts {
  return {
    gold: a.gold + b.gold,
    predicted: a.predicted + b.predicted,
    strict: a.strict + b.strict,
    relaxed: a.relaxed + b.relaxed,
    typeOk: a.typeOk + b.typeOk,
    valueOk: a.valueOk + b.valueOk,
  };
}

const ratio = (n: number, d: number): number => (d === 0 ? 0 : n / d);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** The TempEval-3 figures as 0–1 rates. */
export function timexMetrics(c: TimexCounts): Record<string, number> {
  const strictP = ratio(c.strict, c.predicted);
  const strictR = ratio(c.strict, c.gold);
  const relaxedP = ratio(c.relaxed, c.predicted);
  const relaxedR = ratio(c.relaxed, c.gold);
  const relaxedF1 = f1(relaxedP, relaxedR);
  const typeAccuracy = ratio(c.typeOk, c.relaxed);
  const valueAccuracy = ratio(c.valueOk, c.relaxed);
  return {
    strict_precision: strictP,
    strict_recall: strictR,
    strict_f1: f1(strictP, strictR),
    relaxed_precision: relaxedP,
    relaxed_recall: relaxedR,
    relaxed_f1: relaxedF1,
    type_accuracy: typeAccuracy,
    value_accuracy: valueAccuracy,
    type_f1: relaxedF1 * typeAccuracy,
    value_f1: relaxedF1 * valueAccuracy,
  };
}
