// Signs of machine paraphrase read off one text alone, for when the corpus holds no original.
// Each extractor returns spans with a weight and a readable reason; the score combines them.

import { isContentWord, type WordToken, wordTokens } from '../text/tokens.js';
import { quotedRanges } from '../verify/view.js';

export interface SpinSignal {
  kind:
    | 'residue'
    | 'spinner-phrase'
    | 'article-agreement'
    | 'function-words'
    | 'attribution-verb'
    | 'thesaurus-words'
    | 'broken-inflection'
    | 'word-class'
    | 'swapped-phrase'
    | 'repeated-word'
    | 'number-word';
  start: number;
  end: number;
  weight: number;
  evidence: string;
}

type Extractor = (text: string) => SpinSignal[];

export interface Words {
  tokens: WordToken[];
  /** Whether each token stands inside a quotation (quoted speech is the speaker's, not the text's). */
  quoted: boolean[];
}

let last: { text: string; words: Words } | undefined;

/** The words of a text and which are quoted, read once for all the extractors of one text. */
export function wordsOf(text: string): Words {
  if (last?.text === text) return last.words;
  const tokens = wordTokens(text);
  const ranges = quotedRanges(text);
  let r = 0;
  const quoted = tokens.map((t) => {
    while (r < ranges.length && ranges[r]!.end < t.end) r++;
    const q = ranges[r];
    return !!q && q.start <= t.start && t.end <= q.end;
  });
  last = { text, words: { tokens, quoted } };
  return last.words;
}

const matches = (text: string, re: RegExp) => [...text.matchAll(re)];

/** 1. Spintax left in place: `{that a}`, `{big|large}`. No edited text has braces round prose. */
export const residue: Extractor = (text) =>
  matches(text, /\{[^{}\n]{1,60}\}/g)
    .filter((m) => /[a-z]/i.test(m[0]))
    .map((m) => ({
      kind: 'residue',
      start: m.index,
      end: m.index + m[0].length,
      weight: 0.6,
      evidence: `spin residue "${m[0]}"`,
    }));

/** 2. "an" before a consonant, "a" before a vowel: a swapped noun that kept its old article ("an motion"). */
export const articleAgreement: Extractor = (text) => {
  const an = matches(text, /\b[Aa]n\s+([bcdfgjklmnpqrstvwz][a-z]+)\b/g);
  // "a one-off", "a eulogy", "a ewe": vowel letters with a consonant sound.
  const a = matches(text, /\b[Aa]\s+([aeio][a-z]+)\b/g).filter((m) => !/^(one|once|eu|ewe|oui)/.test(m[1]!));
  return [...an, ...a].map((m) => ({
    kind: 'article-agreement',
    start: m.index,
    end: m.index + m[0].length,
    weight: 0.2,
    evidence: `article mismatch "${m[0]}"`,
  }));
};

/** 3. Function words in orders no sentence has: a determiner before a pronoun or a verb ("the there was"). */
export const functionWords: Extractor = (text) =>
  matches(text, /\b(?:the|a|an)\s+(?:the|a|an|there|they|he|she|we|is|was|were|are|has|have)\b/gi).map(
    (m) => ({
      kind: 'function-words',
      start: m.index,
      end: m.index + m[0].length,
      weight: 0.2,
      evidence: `improbable word order "${m[0]}"`,
    }),
  );

/** 4. Attribution by "stated" over and over: newsrooms write "said"; thesaurus spinners replace it. */
export const attributionVerb: Extractor = (text) => {
  const stated = matches(text, /\b(?:stated|states)\b/g);
  const said = matches(text, /\b(?:said|says)\b/g).length;
  if (stated.length < 2 || stated.length <= said) return [];
  const first = stated[0]!;
  return [
    {
      kind: 'attribution-verb',
      start: first.index,
      end: first.index + first[0].length,
      weight: 0.3,
      evidence: `attribution verb "stated" ${stated.length} times, "said" ${said} times`,
    },
  ];
};

/**
 * 5. The same content word twice in a row, a space apart: a spinner's phrase that ends in the word
 * that follows it ("sentence" → "life sentence" before "sentence"; "the police police officer").
 * A writer's repetition for effect takes a comma ("definitely, definitely").
 */
export const repeatedWord: Extractor = (text) => {
  const { tokens, quoted } = wordsOf(text);
  const out: SpinSignal[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const p = tokens[i - 1]!;
    const t = tokens[i]!;
    if (quoted[i] || t.start !== p.end + 1 || text[p.end] !== ' ' || p.norm !== t.norm) continue;
    const word = text.slice(t.start, t.end);
    if (!/^[a-z]{3,}$/.test(word) || !isContentWord(word) || text.slice(p.start, p.end) !== word) continue;
    out.push({
      kind: 'repeated-word',
      start: p.start,
      end: t.end,
      weight: 0.3,
      evidence: `the same word twice "${word} ${word}"`,
    });
  }
  return out;
};
