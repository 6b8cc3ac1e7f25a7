// The one shared reading of a text with wink-nlp: tokens with character offsets, part of speech,
// and sentence boundaries. The model is loaded once per process (it takes ~100 ms).

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal POS tag (PROPN, NOUN, VERB, …); SPACE for line breaks. */
  pos: string;
  /** Lower-cased, normalised form. */
  normal: string;
  /** wink's token type: word, number, punctuation, symbol, email, url, … */
  type: string;
}

export interface Reading {
  tokens: Token[];
  /** Sentences as character offsets into the text, and the index range of their tokens. */
  sentences: { start: number; end: number; firstToken: number; lastToken: number }[];
}

let nlpInstance: ReturnType<typeof winkNLP> | undefined;

function nlp(): ReturnType<typeof winkNLP> {
  nlpInstance ??= winkNLP(model);
  return nlpInstance;
}

/** A word with a possessive or contracted `'s` still attached ("Reid's", "McDonald’s"). */
const ATTACHED_S = /^(.*\p{L})(['’][sS])$/u;

/**
 * wink splits "Reid's" into "Reid" + "'s" on first sight, but keeps it whole when a comma follows
 * ("Reid's,"), and from then on the whole form is in its per-process cache and is never split
 * again: the same text read later in the process tokenised differently. Splitting every such
 * token here makes the reading the same whatever was read before.
 */
function splitAttached(token: Token): Token[] {
  const m = token.type === 'word' ? ATTACHED_S.exec(token.text) : null;
  if (!m) return [token];
  const cut = token.start + m[1]!.length;
  const suffix = m[2]!.toLowerCase();
  const normal = token.normal.endsWith(suffix) ? token.normal.slice(0, -suffix.length) : m[1]!.toLowerCase();
  // The whole form was tagged as an unknown word; the base of a possessive is a name when
  // capitalised and a common noun otherwise, which is what wink says when it splits it itself.
  const pos = /^\p{Lu}/u.test(m[1]!) ? 'PROPN' : 'NOUN';
  return [
    { ...token, end: cut, text: m[1]!, normal, pos },
    { start: cut, end: token.end, text: m[2]!, pos: 'PART', normal: m[2]!.toLowerCase(), type: 'word' },
  ];
}

/** Tokenise, tag and split `text` into sentences, with offsets that index `text` itself. */
export function readText(text: string): Reading {
  const n = nlp();
  const its = n.its;
  const doc = n.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const normal = doc.tokens().out(its.normal) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const tokens: Token[] = [];
  // wink's token i became tokens[firstOf[i]] … tokens[lastOf[i]] (two when an 's was split off).
  const firstOf: number[] = [];
  const lastOf: number[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]?.length ?? 0;
    const value = values[i] ?? '';
    // wink keeps the original characters, so the running offset must land on the same text; if a
    // future model ever normalises a token, fall back to searching for it.
    const start = text.startsWith(value, at) ? at : Math.max(at, text.indexOf(value, at));
    firstOf.push(tokens.length);
    tokens.push(
      ...splitAttached({
        start,
        end: start + value.length,
        text: value,
        pos: pos[i] ?? 'X',
        normal: normal[i] ?? '',
        type: types[i] ?? '',
      }),
    );
    lastOf.push(tokens.length - 1);
    at = start + value.length;
  }
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentences = spans
    .map(([first, last]) => ({ first: firstOf[first] ?? -1, last: lastOf[last] ?? -1 }))
    .filter(({ first, last }) => tokens[first] && tokens[last])
    .map(({ first, last }) => {
      // Trim leading/trailing line-break tokens so a sentence never starts or ends in whitespace.
      while (first < last && tokens[first]!.pos === 'SPACE') first++;
      while (last > first && tokens[last]!.pos === 'SPACE') last--;
      return { start: tokens[first]!.start, end: tokens[last]!.end, firstToken: first, lastToken: last };
    })
    .filter((s) => s.end > s.start && text.slice(s.start, s.end).trim().length > 0);
  return { tokens, sentences };
}
