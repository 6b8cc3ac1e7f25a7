// The one shared reading of a text with wink-nlp: tokens with character offsets, part of speech,
// and sentence boundaries. The model is loaded once per process (it takes ~100 ms), and every text
// is read as if it were the first (see `forgetReading`).

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

/** One of wink's feature tables: values by index, and the index of each value it knows. */
interface FeatureTable {
  list: string[];
  hash: Record<string, number>;
  index: number;
}

interface CoreModel {
  features: Record<string, FeatureTable>;
  packing: { layout: Record<string, [number, number, number, ...number[]]> };
}

/** The tables wink adds unseen values to as it reads (words, and their prefixes, suffixes and shapes); the words first. */
const GROWING = ['lexeme', 'prefix', 'suffix', 'shape'] as const;
const LEXEME = 0;
/** Words a reader may add before it is replaced by a fresh one (bounds its memory). */
const MAX_ADDED_WORDS = 100_000;
/** Room kept under the largest index a packed feature can hold. */
const PACKING_HEADROOM = 1_000;

interface WinkReader {
  nlp: ReturnType<typeof winkNLP>;
  tables: FeatureTable[];
  /** Per table: how many values the model itself has, and the largest index its packing can hold. */
  intrinsic: number[];
  limit: number[];
}

let reader: WinkReader | undefined;
/** How many readers this process has made (one, until one outgrew its bound). */
let readers = 0;

/** How many wink readers this process has made so far, and how many words the current one holds beyond its model. */
export function readerState(): { readers: number; addedWords: number } {
  return { readers, addedWords: reader ? reader.tables[LEXEME]!.list.length - reader.intrinsic[LEXEME]! : 0 };
}
let loadedCore: CoreModel | undefined;

// wink-eng-lite-web-model's metaCER() re-serialises its own (already serialised) machine on every
// call, so each new reader made the next one's string longer until it failed; it is read once.
const base = model as unknown as { core(): CoreModel; metaCER(): unknown };
let metaCER: unknown;
const readingModel = {
  ...model,
  core() {
    loadedCore = base.core();
    return loadedCore;
  },
  metaCER() {
    metaCER ??= base.metaCER();
    return metaCER;
  },
} as typeof model;

/**
 * What wink does to a text: sentence boundaries and parts of speech, on its tokens. Its other
 * annotations (its own entities, negation, sentiment, custom patterns) are read by nothing here,
 * and the tokens, tags and sentences come out the same without them (checked on the 1,612 bench
 * texts); they took a third of a read.
 */
export const WINK_PIPE: readonly string[] = ['sbd', 'pos'];

function nlp(): WinkReader {
  if (reader) return reader;
  const instance = winkNLP(readingModel, [...WINK_PIPE]);
  readers++;
  const core = loadedCore!;
  const tables = GROWING.map((name) => core.features[name]!);
  reader = {
    nlp: instance,
    tables,
    intrinsic: tables.map((t) => t.list.length),
    limit: GROWING.map((name) => {
      const cfg = core.packing.layout[name];
      return cfg ? (cfg[1] >>> cfg[2]) - PACKING_HEADROOM : Number.POSITIVE_INFINITY;
    }),
  };
  return reader;
}

/**
 * wink remembers every unseen word (and its prefix, suffix and shape) it reads, and what it remembers
 * changes how it reads later texts: a word it has met whole ("Clinton's" after a text that had
 * "Clinton's,") is no longer split, and tags shift with the tokens. The same article read after
 * different articles came out differently (80 of 1,612 eval texts, read forwards or backwards).
 * After each text, the values it added are forgotten: they are taken out of the lookup tables, so a
 * later text meets them as unseen again and is read as if it came first. The words stay in wink's
 * list (its packed data for added words is kept in step with that list and cannot be cut), so the
 * reader is replaced by a fresh one once the list has grown by MAX_ADDED_WORDS.
 */
function forgetReading(r: WinkReader, marks: number[]): void {
  let replace = false;
  r.tables.forEach((table, k) => {
    const mark = marks[k]!;
    for (let i = mark; i < table.list.length; i++) {
      const value = table.list[i]!;
      if (table.hash[value] === i) delete table.hash[value];
    }
    if (k === LEXEME) {
      if (table.list.length - r.intrinsic[k]! > MAX_ADDED_WORDS) replace = true;
    } else {
      // A prefix, suffix or shape index lives only in the packed data of the words added with it,
      // which are forgotten too, so its slot can be given out again.
      table.list.length = mark;
      table.index = mark;
      if (table.index > r.limit[k]!) replace = true;
    }
  });
  if (replace) reader = undefined;
}

/** A word with a possessive or contracted `'s` still attached ("Reid's", "McDonald’s"). */
const ATTACHED_S = /^(.*\p{L})(['’][sS])$/u;

/**
 * wink splits "Reid's" into "Reid" + "'s" on first sight, but keeps it whole when a comma follows
 * ("Reid's,"), and from then on (in that text) the whole form is known and never split again.
 * Splitting every such token here gives one tokenisation wherever the form stands.
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
  const r = nlp();
  const n = r.nlp;
  const its = n.its;
  const marks = r.tables.map((t) => t.list.length);
  let values: string[];
  let spaces: string[];
  let pos: string[];
  let normal: string[];
  let types: string[];
  let spans: [number, number][];
  try {
    const doc = n.readDoc(text);
    values = doc.tokens().out(its.value) as string[];
    spaces = doc.tokens().out(its.precedingSpaces) as string[];
    pos = doc.tokens().out(its.pos) as string[];
    normal = doc.tokens().out(its.normal) as string[];
    types = doc.tokens().out(its.type) as string[];
    spans = doc.sentences().out(its.span) as unknown as [number, number][];
  } finally {
    forgetReading(r, marks);
  }
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
