// Content words of a piece of text, reduced to a crude stem, so that sentences and quotes can be
// compared across outlets ("troops"/"troop", "we're"/"we are" both reduce to the same content).
const STOP = new Set(
  (
    'a an the and or but if then than that this these those there here of to in on at by for from with without ' +
    'as into onto over under about after before between through during is are was were be been being am ' +
    "has have had do does did will would shall should can could may might must it its it's he she they we " +
    'you i me him her them us our your their his my mine who whom whose which what when where why how ' +
    'not no nor so too very also just only all any both each few more most other some such own same ' +
    "up down out off again further once s t don can't won't isn't aren't wasn't weren't didn't " +
    "we're we'll we've i'm i've i'd you're they're he's she's that's there's let's ll re ve d m " +
    'mr mrs ms dr said says say told tell according while whether either neither per via'
  ).split(/\s+/),
);

/** Folds typographic apostrophes and quotes so "can’t" and "can't" are one word. */
export function foldQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"');
}

/** A light suffix stripper: enough to meet plural and tense variants, not a full Porter stemmer. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** Lower-cased word tokens (letters, digits, inner apostrophes and hyphens). */
export function words(text: string): string[] {
  return (
    foldQuotes(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:['\-.,][\p{L}\p{N}]+)*/gu) ?? []
  );
}

export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

/** Stemmed content words, in order (duplicates kept: they are term frequencies). */
export function contentWords(text: string): string[] {
  return words(text)
    .filter((w) => !STOP.has(w) && !/^\d{1,2}$/.test(w))
    .map(stem);
}

/** Overlap coefficient |A∩B| / min(|A|,|B|) over distinct content words. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  const sa = distinct(a);
  const sb = distinct(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  return shared / Math.min(sa.size, sb.size);
}

/** Number of distinct content words two lists share. */
export function sharedCount(a: readonly string[], b: readonly string[]): number {
  const sb = distinct(b);
  let n = 0;
  for (const w of distinct(a)) if (sb.has(w)) n++;
  return n;
}

// Word lists are compared many times each (every candidate against every sentence), so their sets,
// term frequencies and norms are kept per list object.
const sets = new WeakMap<readonly string[], Set<string>>();
const tfs = new WeakMap<readonly string[], { tf: Map<string, number>; norm: number }>();

function distinct(list: readonly string[]): Set<string> {
  let s = sets.get(list);
  if (!s) {
    s = new Set(list);
    sets.set(list, s);
  }
  return s;
}

function weighted(list: readonly string[]): { tf: Map<string, number>; norm: number } {
  let v = tfs.get(list);
  if (!v) {
    const tf = termFrequencies(list);
    v = { tf, norm: Math.sqrt([...tf.values()].reduce((s, n) => s + n * n, 0)) };
    tfs.set(list, v);
  }
  return v;
}

/** Cosine of raw term-frequency vectors. */
export function cosine(a: readonly string[], b: readonly string[]): number {
  const va = weighted(a);
  const vb = weighted(b);
  const [small, large] = va.tf.size <= vb.tf.size ? [va.tf, vb.tf] : [vb.tf, va.tf];
  let dot = 0;
  for (const [w, n] of small) dot += n * (large.get(w) ?? 0);
  const d = va.norm * vb.norm;
  return d === 0 ? 0 : dot / d;
}

export function termFrequencies(list: readonly string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const w of list) tf.set(w, (tf.get(w) ?? 0) + 1);
  return tf;
}
