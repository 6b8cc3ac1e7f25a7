// 7. Broken inflection: a spinner looks its synonym up by base form and puts the ending back by
// rule, whatever the word. So it writes forms no writer does: a common verb given the regular
// ending it never takes ("geted", "comed", "sayed"), and a compound noun with the plural on its
// first word ("prosecutings attorney" for "prosecutors", "houses trailer" for "trailers").
// A form counts when SUBTLEX-US never has it and it is exactly such a rule's output for a common
// WordNet lemma; rare words ("helmed", "imperiled") and misspellings of other shapes ("useing",
// "allowes") are left to the other signals. Two such forms flag a text; one adds to the rest.
import { isContentWord } from '../text/tokens.js';
import { type SpinSignal, wordsOf } from './intrinsic.js';
import { lemmaCandidates } from './lemma.js';
import { BoundedMemo } from './memo.js';
import { frequency } from './rarity.js';
import { lemmaCount, sensesOf, synsetPart } from './senses.js';

/** Per 51 million: a base this frequent has long had its inflected forms seen in print. */
const COMMON_BASE = 1000;
const WEIGHT = 0.3;

const partsOf = (lemma: string): string =>
  [...new Set(sensesOf(lemma).map((s) => synsetPart(s.synset)))].join('');

/** The endings a rule-bound spinner adds: `s`/`es`/`ies`, `ed`/`d`/`ied`, `ing` with a silent `e` dropped. */
export function ruleForms(base: string): { s: string; ed: string; ing: string } {
  const consonantY = /[^aeiou]y$/.test(base);
  return {
    s: consonantY ? `${base.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/.test(base) ? `${base}es` : `${base}s`,
    ed: consonantY ? `${base.slice(0, -1)}ied` : base.endsWith('e') ? `${base}d` : `${base}ed`,
    ing: /[^e]e$/.test(base) ? `${base.slice(0, -1)}ing` : `${base}ing`,
  };
}

const broken = new BoundedMemo<string, string | null>();

/** The common lemma whose rule-made form `word` is, when no writer uses that form; else null. */
export function brokenForm(word: string): string | null {
  const known = broken.get(word);
  if (known !== undefined) return known;
  let out: string | null = null;
  if (frequency(word) === 0)
    for (const base of lemmaCandidates(word)) {
      // SemCor-tagged: "say" and "get" are in, "who" (WHO, the organisation) is not.
      if (base === word || lemmaCount(base) === 0 || frequency(base) < COMMON_BASE) continue;
      const parts = partsOf(base);
      const forms = ruleForms(base);
      if (
        (forms.s === word && /[nv]/.test(parts)) ||
        ((forms.ed === word || forms.ing === word) && parts.includes('v'))
      ) {
        out = base;
        break;
      }
    }
  broken.set(word, out);
  return out;
}

/** "prosecutings attorney": a plural first word that, in the singular, makes a WordNet compound noun. */
const compounds = new BoundedMemo<string, string | null>();

function pluralHead(word: string, next: string): string | null {
  if (!word.endsWith('s') || !isContentWord(next)) return null;
  const key = `${word} ${next}`;
  const known = compounds.get(key);
  if (known !== undefined) return known;
  const out = readPluralHead(word, next);
  compounds.set(key, out);
  return out;
}

function readPluralHead(word: string, next: string): string | null {
  for (const base of lemmaCandidates(word)) {
    if (base === word) continue;
    const compound = `${base} ${next}`;
    if (lemmaCount(compound) > 0) continue;
    const senses = sensesOf(compound);
    if (senses.length > 0 && senses.every((s) => synsetPart(s.synset) === 'n')) return compound;
  }
  return null;
}

export function brokenInflections(text: string): SpinSignal[] {
  const { tokens, quoted } = wordsOf(text);
  const seen = new Set<string>();
  const out: SpinSignal[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const word = text.slice(t.start, t.end);
    if (quoted[i] || !/^[a-z]{3,}$/.test(word) || !/(s|d|ing)$/.test(word) || seen.has(word)) continue;
    const base = brokenForm(word);
    const n = tokens[i + 1];
    const next = n && text.slice(t.end, n.start) === ' ' ? text.slice(n.start, n.end) : '';
    const compound = base ? null : /^[a-z]+$/.test(next) ? pluralHead(word, next) : null;
    if (!base && !compound) continue;
    seen.add(word);
    out.push({
      kind: 'broken-inflection',
      start: t.start,
      end: compound ? n!.end : t.end,
      weight: WEIGHT,
      evidence: base
        ? `"${word}", a form of "${base}" no writer uses`
        : `"${word} ${next}", the plural on the first word of "${compound}"`,
    });
  }
  return out;
}
