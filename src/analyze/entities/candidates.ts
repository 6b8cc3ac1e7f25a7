// Extractor: runs of capitalised tokens ("US Secretary of State Antony Blinken", "North Atlantic
// Treaty Organisation", "Jean-Pierre") found from wink tokens. Runs are split later into place,
// title and name parts (segment.ts); here we only decide where a run starts and ends.
import type { Reading, Token } from '../../nlp/index.js';
import { orgSuffixes } from './lexicon.js';

export interface NameRun {
  /** Index of the first and last token of the run in `reading.tokens`. */
  first: number;
  last: number;
  /** The run starts a sentence (or a quotation): its capital says nothing about being a name. */
  initial: boolean;
}

// Lower-case words that may sit inside a name when a capitalised word follows them
// ("Secretary of State", "Bank of England", "Osama bin Laden", "Charles de Gaulle").
const CONNECTORS = new Set([
  'of',
  'for',
  'the',
  'and',
  'de',
  'du',
  'da',
  'von',
  'van',
  'der',
  'bin',
  'al',
  'el',
  'la',
  'le',
  '&',
]);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '—', '–', ':']);

export function isCapitalised(tok: Token): boolean {
  if (tok.type !== 'word') return false;
  const c = tok.text.charCodeAt(0);
  // A-Z fast path; other scripts' capitals through the Unicode property.
  return (c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(tok.text));
}

function glued(a: Token, b: Token): boolean {
  return a.end === b.start;
}

/** Continues a run from token i: the index of the next token inside it, or -1. */
function extend(tokens: readonly Token[], i: number): number {
  const next = tokens[i + 1];
  if (!next) return -1;
  if (isCapitalised(next)) return i + 1;
  const after = tokens[i + 2];
  if (!after || !isCapitalised(after)) return -1;
  // Hyphenated names (Jean-Pierre, Ocasio-Cortez, al-Assad) only when written without spaces.
  if (next.text === '-' && glued(tokens[i]!, next) && glued(next, after)) return i + 2;
  if (CONNECTORS.has(next.text)) return i + 2;
  // "Sheriff's Office", "Children's Hospital": a possessive inside an organisation's name.
  if (/^['’]s$/.test(next.text) && glued(tokens[i]!, next) && orgSuffixes.has(after.text)) return i + 2;
  return -1;
}

/** Whether token i begins a sentence or a quotation (so its capital letter is not evidence). */
function startsClause(tokens: readonly Token[], i: number, sentenceStarts: ReadonlySet<number>): boolean {
  if (sentenceStarts.has(i)) return true;
  const prev = tokens[i - 1];
  return prev !== undefined && (OPENERS.has(prev.text) || prev.pos === 'SPACE');
}

/** Every maximal capitalised run in the text, in order. */
export function findNameRuns(reading: Reading): NameRun[] {
  const { tokens } = reading;
  const sentenceStarts = new Set(reading.sentences.map((s) => s.firstToken));
  const runs: NameRun[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i]!)) continue;
    const first = i;
    let last = i;
    for (let j = extend(tokens, last); j !== -1; j = extend(tokens, last)) last = j;
    // A party-and-state tag "(D-Md.)", "(R-TX)" is not a name.
    if (tokens[first]!.text.length === 1 && tokens[first + 1]?.text === '-') {
      i = last;
      continue;
    }
    runs.push({ first, last, initial: startsClause(tokens, first, sentenceStarts) });
    i = last;
  }
  return runs;
}
