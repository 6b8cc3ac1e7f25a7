// What the verifier reads of an article: its words with offsets, grouped by sentence.
import type { AnalyzedArticle } from '../../types/article.js';
import { type WordToken, wordTokens } from '../text/tokens.js';

export interface ArticleView {
  id: string;
  text: string;
  published: string | null;
  /** ISO 639-1 as the clean stage detected it, or null. */
  language: string | null;
  words: WordToken[];
  /** Sentences as word-index ranges `[first, end)` into `words`. */
  sentences: { first: number; end: number }[];
  /**
   * 1 for words whose sharing is evidence of copying, 0 for names and figures (capitalised inside
   * a sentence, or with a digit): any two reports of one story share "Secretary of State Antony
   * Blinken" and "100,000 troops" without copying each other. Quoted words count 0 too: two
   * outlets quoting one speaker have copied the speaker, not each other.
   */
  evidential: Uint8Array;
}

type Source = Pick<AnalyzedArticle, 'id' | 'text' | 'published'> & {
  language?: string | null;
  sentences?: readonly { start: number; end: number }[];
};

/** Sentences from the language stage; lines (then the whole text) when it gave none. */
function sentenceSpans(a: Source): { start: number; end: number }[] {
  if (a.sentences && a.sentences.length > 0) return [...a.sentences];
  const out: { start: number; end: number }[] = [];
  for (const m of a.text.matchAll(/[^\n]+/g)) out.push({ start: m.index, end: m.index + m[0].length });
  return out.length > 0 ? out : [{ start: 0, end: a.text.length }];
}

/** Spans between paired quotation marks (straight or curly), at most a few sentences long. */
export function quotedRanges(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/["“”]([^"“”\n]{1,600})["“”]/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

export function viewOf(a: Source): ArticleView {
  const words = wordTokens(a.text);
  const sentences: { first: number; end: number }[] = [];
  let w = 0;
  for (const s of sentenceSpans(a)) {
    while (w < words.length && words[w]!.start < s.start) w++;
    const first = w;
    while (w < words.length && words[w]!.end <= s.end) w++;
    if (w > first) sentences.push({ first, end: w });
  }
  const evidential = new Uint8Array(words.length).fill(1);
  const quoted = quotedRanges(a.text);
  let q = 0;
  for (let i = 0; i < words.length; i++) {
    while (q < quoted.length && quoted[q]!.end <= words[i]!.start) q++;
    if (q < quoted.length && quoted[q]!.start <= words[i]!.start) evidential[i] = 0;
  }
  for (const s of sentences)
    for (let i = s.first; i < s.end; i++) {
      const raw = a.text.slice(words[i]!.start, words[i]!.end);
      if (/\d/.test(raw) || (i > s.first && /^\p{Lu}/u.test(raw))) evidential[i] = 0;
    }
  return {
    id: a.id,
    text: a.text,
    published: a.published ?? null,
    language: a.language ?? null,
    words,
    sentences,
    evidential,
  };
}
