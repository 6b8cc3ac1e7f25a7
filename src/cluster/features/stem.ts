// A light, deterministic suffix stripper so "checks", "checked" and "checking" meet. A full
// Porter stemmer would conflate more, but wrong conflations hurt event separation more than the
// misses do, and entity-like tokens (proper nouns) are never stemmed.

const RULES: readonly [suffix: string, replacement: string, minStem: number][] = [
  ['ies', 'y', 3],
  ['sses', 'ss', 2],
  ['ing', '', 4],
  ['ed', '', 4],
  ['es', '', 4],
  ['s', '', 3],
];

export function stem(word: string): string {
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  for (const [suffix, replacement, minStem] of RULES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= minStem) {
      return word.slice(0, word.length - suffix.length) + replacement;
    }
  }
  return word;
}
