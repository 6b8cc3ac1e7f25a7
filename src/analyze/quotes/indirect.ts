// Extractor: reported speech without quotation marks, only in the reliable shape
// `<named speaker or he/she> <said|told X|added|…> [that] <clause>.` The content is the clause.

import { isCueVerb } from './cue.js';
import type { QuoteDoc } from './doc.js';
import { thatClauseCues } from './lexicon.js';
import { type SpeakerPhrase, speakerBefore } from './np.js';

export interface IndirectSpeech {
  cue: number;
  speaker: SpeakerPhrase;
  /** Token range of the reported clause. */
  first: number;
  last: number;
}

const CLAUSE_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ']);
const MIN_CLAUSE_TOKENS = 4;

/** After "told": skip the listener ("told reporters", "told Lavrov", "told him"). */
function skipListener(doc: QuoteDoc, i: number): number {
  const m = doc.mentionStartingAt.get(i);
  if (m) return m.last + 1;
  const t = doc.tokens[i];
  if (t && (t.pos === 'PRON' || t.pos === 'NOUN')) return i + 1;
  if (t?.pos === 'DET' && doc.tokens[i + 1]?.pos === 'NOUN') return i + 2;
  return i;
}

function clauseAfter(doc: QuoteDoc, cue: number, last: number): [number, number] | null {
  let i = cue + 1;
  if (doc.tokens[cue]!.normal === 'told') i = skipListener(doc, i);
  if (doc.tokens[i]?.normal === 'that') i++;
  let end = last;
  while (end > i && doc.tokens[end]!.pos === 'PUNCT') end--;
  if (end - i + 1 < MIN_CLAUSE_TOKENS || !CLAUSE_START.has(doc.tokens[i]?.pos ?? '')) return null;
  return [i, end];
}

/** Reported speech in sentences that hold no quotation marks. */
export function findIndirectSpeech(doc: QuoteDoc): IndirectSpeech[] {
  const out: IndirectSpeech[] = [];
  for (const s of doc.reading.sentences) {
    if (/["“”]/.test(doc.text.slice(s.start, s.end))) continue;
    for (let k = s.firstToken + 1; k < s.lastToken; k++) {
      if (!thatClauseCues.has(doc.tokens[k]!.normal) || !isCueVerb(doc, k)) continue;
      const speaker = speakerBefore(doc, k, s.firstToken);
      const isNamed =
        speaker &&
        (speaker.mention?.type === 'person' ||
          speaker.mention?.type === 'organization' ||
          speaker.pronoun === 'he' ||
          speaker.pronoun === 'she');
      if (!speaker || !isNamed) continue;
      const clause = clauseAfter(doc, k, s.lastToken);
      if (clause) out.push({ cue: k, speaker, first: clause[0], last: clause[1] });
      break;
    }
  }
  return out;
}
