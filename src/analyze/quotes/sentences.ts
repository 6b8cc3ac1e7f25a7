// Refiner of the tokenizer's sentences for attribution: a "sentence" that opens with a lower-case
// word on the same line continues the one before it. The splitter breaks after abbreviations in a
// parenthesis — `"…," Rep. Jane Roe (D-Ore.) said.` — which would cut a speaker from their cue.
import type { Reading } from '../../nlp/index.js';

type Sentence = Reading['sentences'][number];

function continues(text: string, prev: Sentence, s: Sentence): boolean {
  const gap = text.slice(prev.end, s.start);
  return !gap.includes('\n') && /^\p{Ll}/u.test(text.slice(s.start, s.start + 1));
}

export function joinContinuedSentences(text: string, sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && continues(text, prev, s))
      out[out.length - 1] = { ...prev, end: s.end, lastToken: s.lastToken };
    else out.push(s);
  }
  return out;
}
