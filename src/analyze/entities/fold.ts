// Folding names to keys that survive the spelling differences news makes between outlets:
// diacritics, case, punctuation in acronyms (U.S. / US), and transliteration (Sergei / Sergey,
// Zelensky / Zelenskyy / Zelenskiy). Keys are for matching and ids only, never for display.
import type { EntityType } from '../../types/article.js';

/** Lower-case ASCII letters and digits only: "U.S." → "us", "Nato" → "nato", "Türkiye" → "turkiye". */
export function plainKey(name: string): string {
  // Most names are ASCII: skip Unicode normalisation for them.
  if (/^[\x20-\x7e]*$/.test(name)) return name.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

// Ordered: later rules see the output of earlier ones. Each rule merges spellings that
// romanisations of Russian, Ukrainian and Arabic names produce for one sound, towards the common
// English spelling, so that ids stay readable (Sergei → sergey, Zelenskiy → zelensky).
const TRANSLIT_RULES: readonly [RegExp, string][] = [
  [/(?:iy|yy|yi|ii|ij)$/, 'y'],
  [/ei$/, 'ey'],
  [/([^aeiouy])i$/, '$1y'],
  [/ks/g, 'x'],
  [/kh/g, 'h'],
];

/** A transliteration-folded key for one word: "Sergey" and "Sergei" → "sergei". */
export function foldWord(word: string): string {
  let k = plainKey(word);
  for (const [re, to] of TRANSLIT_RULES) k = k.replace(re, to);
  return k;
}

/** A folded key for a multi-word name: words folded and joined with '-'. */
export function foldName(name: string): string {
  return name
    .split(/[\s-]+/)
    .map(foldWord)
    .filter((w) => w.length > 0)
    .join('-');
}

/** A readable key for places and organisations: "United States" → "united-states". */
export function slugKey(name: string): string {
  return name
    .split(/[\s-]+/)
    .map(plainKey)
    .filter((w) => w.length > 0)
    .join('-');
}

/** A stable entity id: `person:lavrov`, `organization:nato`, `place:united-states`. */
export function entityKey(type: EntityType, key: string): string {
  return `${type}:${key}`;
}
