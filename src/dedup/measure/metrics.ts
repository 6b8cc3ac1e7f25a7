// Classification metrics for the reuse suite.

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function confusion(gold: readonly boolean[], predicted: readonly boolean[]): Confusion {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    if (g && p) c.tp++;
    else if (!g && p) c.fp++;
    else if (g && !p) c.fn++;
    else c.tn++;
  });
  return c;
}

export const accuracyOf = (c: Confusion): number => (c.tp + c.tn) / Math.max(1, c.tp + c.fp + c.fn + c.tn);
export const f1Of = (c: Confusion): number => (2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn);

/** Accuracy and macro-F1 (mean of per-label F1 over the gold labels) of a multi-way labelling. */
export function multiway<L extends string>(
  gold: readonly L[],
  predicted: readonly L[],
): { accuracy: number; macroF1: number } {
  const labels = [...new Set(gold)];
  const f1s = labels.map((l) =>
    f1Of(
      confusion(
        gold.map((g) => g === l),
        predicted.map((p) => p === l),
      ),
    ),
  );
  const right = gold.filter((g, i) => g === predicted[i]).length;
  return {
    accuracy: right / Math.max(1, gold.length),
    macroF1: f1s.reduce((s, x) => s + x, 0) / Math.max(1, f1s.length),
  };
}

/** Thresholds worth trying on a feature: midpoints between successive distinct values. */
export function cutPoints(values: readonly number[]): number[] {
  const v = [...new Set(values)].sort((a, b) => a - b);
  return v.slice(1).map((x, i) => (x + v[i]!) / 2);
}

export const round3 = (x: number): number => Math.round(x * 1000) / 1000;
