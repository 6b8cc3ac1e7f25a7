// Word-level diff of two aligned sentences: the longest common subsequence, and between its anchors
// the substitutions (a short phrase replaced by another) and the words only one side has.

export interface Substitution {
  from: string;
  to: string;
  /** Word indices (into each sentence) where the phrases start, and their lengths. */
  at: [number, number];
  lengths: [number, number];
}

export interface SentenceDiff {
  /** Words in the common subsequence. */
  same: number;
  /** Its word index pairs (into each sentence), in order. */
  anchors: [number, number][];
  substitutions: Substitution[];
  /** Words of either side in no anchor and no substitution. */
  extra: number;
}

/** Pairs of indices of a longest common subsequence, in order. */
export function lcsPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const dp = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      dp[i * (m + 1) + j] =
        a[i] === b[j]
          ? dp[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(dp[(i + 1) * (m + 1) + j]!, dp[i * (m + 1) + j + 1]!);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (dp[(i + 1) * (m + 1) + j]! >= dp[i * (m + 1) + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** Longest phrase a substitution may have on either side; longer gaps are rewriting, not swaps. */
const MAX_PHRASE = 4;

export function diffSentences(a: readonly string[], b: readonly string[]): SentenceDiff {
  const anchors = lcsPairs(a, b);
  const substitutions: Substitution[] = [];
  let extra = 0;
  let [pi, pj] = [0, 0];
  for (const [i, j] of [...anchors, [a.length, b.length] as [number, number]]) {
    const [ga, gb] = [i - pi, j - pj];
    if (ga > 0 && gb > 0 && ga <= MAX_PHRASE && gb <= MAX_PHRASE) {
      substitutions.push({
        from: a.slice(pi, i).join(' '),
        to: b.slice(pj, j).join(' '),
        at: [pi, pj],
        lengths: [ga, gb],
      });
    } else extra += ga + gb;
    [pi, pj] = [i + 1, j + 1];
  }
  return { same: anchors.length, anchors, substitutions, extra };
}
