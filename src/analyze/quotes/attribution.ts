// Extractors: the attribution of one quoted passage, from the words around it.
//   postfix  "…," he said. / "…," said Mr Lavrov. / "…," according to the official.
//   prefix   Lavrov said: "…" / Graham said, "…" / Lavrov said he did not "…" / what X called a "…"
//   colon    Graham: "…"

import { cuePhraseAt, isCueVerb } from './cue.js';
import type { QuoteDoc } from './doc.js';
import { tokenAt } from './doc.js';
import { pronounGender } from './lexicon.js';
import type { QuotedPassage } from './marks.js';
import { type SpeakerPhrase, speakerAfter, speakerBefore } from './np.js';

export interface Attribution {
  kind: 'postfix' | 'prefix' | 'colon';
  /** First and last token of the cue, or null for a bare colon. */
  cue: [number, number] | null;
  speaker: SpeakerPhrase;
}

const CLAUSE_BREAKS = new Set([';', 'while', 'whereas', 'but', 'although', 'though', '”', '"', '’']);
const LEAD_PUNCT = new Set([',', '—', '–', '-']);

function sentenceBounds(doc: QuoteDoc, token: number): { first: number; last: number } {
  const s = doc.reading.sentences[doc.sentenceOf[token] ?? -1];
  return s ? { first: s.firstToken, last: s.lastToken } : { first: 0, last: doc.tokens.length - 1 };
}

/** A cue (verb or phrase) at i with its speaker, looking for the speaker on either side. */
function attributionAt(
  doc: QuoteDoc,
  i: number,
  floor: number,
  ceiling: number,
  kind: Attribution['kind'],
): Attribution | null {
  const phrase = cuePhraseAt(doc, i);
  if (phrase > 0) {
    const speaker = speakerAfter(doc, i + phrase - 1, ceiling);
    return speaker ? { kind, cue: [i, i + phrase - 1], speaker } : null;
  }
  if (!isCueVerb(doc, i)) return null;
  const speaker = speakerBefore(doc, i, floor) ?? speakerAfter(doc, i, ceiling) ?? sharedSubject(doc, i);
  return speaker ? { kind, cue: [i, i], speaker } : null;
}

const COORDINATION = new Set(['and', 'but', ',', 'then']);

/**
 * A cue in a coordinated or participial verb phrase shares the clause's subject: "Lavrov described
 * the meeting as useful but stressed: …", "The U.S. sanctioned them, calling them …". The subject is
 * the first name in the sentence before the cue.
 */
function sharedSubject(doc: QuoteDoc, cue: number): SpeakerPhrase | null {
  if (!COORDINATION.has(doc.tokens[cue - 1]?.normal ?? '')) return null;
  const { first } = sentenceBounds(doc, cue);
  for (let k = first; k < cue; k++) {
    const m = doc.mentionStartingAt.get(k);
    if (m && (m.type === 'person' || m.type === 'organization'))
      return { first: m.first, last: m.last, mention: m, pronoun: null, head: null };
    if (
      m &&
      m.type === 'place' &&
      doc.tokens[m.last + 1]?.pos !== 'NOUN' &&
      doc.tokens[m.last + 1]?.pos !== 'PROPN'
    ) {
      return { first: m.first, last: m.last, mention: m, pronoun: null, head: null };
    }
  }
  const lead = doc.tokens[first];
  return lead && (lead.normal === 'he' || lead.normal === 'she')
    ? { first, last: first, mention: null, pronoun: lead.normal, head: null }
    : null;
}

/** "…," he said — the attribution right after the closing mark. */
export function postfixAttribution(doc: QuoteDoc, q: QuotedPassage): Attribution | null {
  let t = tokenAt(doc, q.close + 1);
  while (t < doc.tokens.length && LEAD_PUNCT.has(doc.tokens[t]!.text)) t++;
  const first = doc.tokens[t];
  // A quote closed by a full stop is followed by a new sentence, unless that starts in lower case ("he said").
  if (!first || (doc.text[q.end - 1] === '.' && !/^[a-z]/.test(first.text))) return null;
  const { last } = sentenceBounds(doc, t);
  const ceiling = Math.min(last, t + doc.config.postfixWindow);
  for (let i = t; i <= ceiling; i++) {
    const tok = doc.tokens[i]!;
    if (tok.text === '“' || tok.text === '"' || tok.text === '.' || tok.text === ';') return null;
    const found = attributionAt(doc, i, t, ceiling, 'postfix');
    // The speaker must sit between the quote and the cue, or right after a cue that follows the quote.
    if (found && (found.speaker.first >= t || i === t)) return found;
  }
  return null;
}

/** Whether token k ends a clause of its own (another subject's verb: "Mr Lavrov dismissed …"). */
function otherClauseVerb(doc: QuoteDoc, k: number): boolean {
  const t = doc.tokens[k]!;
  if (t.pos !== 'VERB' || isCueVerb(doc, k)) return false;
  return doc.mentionEndingAt.has(k - 1) || pronounGender.has(doc.tokens[k - 1]?.normal ?? '');
}

/** Lavrov said he did not "…" — the nearest cue before the opening mark, within the clause. */
export function prefixAttribution(doc: QuoteDoc, q: QuotedPassage, floorOffset: number): Attribution | null {
  const o = tokenAt(doc, q.open);
  const { first } = sentenceBounds(doc, Math.min(o, doc.tokens.length - 1));
  const floor = Math.max(first, tokenAt(doc, floorOffset), o - doc.config.prefixWindow);
  if (doc.tokens[o - 1]?.text === ':') {
    const colon = colonAttribution(doc, o - 1, floor);
    if (colon) return colon;
  }
  for (let k = o - 1; k >= floor; k--) {
    const tok = doc.tokens[k]!;
    if (CLAUSE_BREAKS.has(tok.normal) || otherClauseVerb(doc, k)) return null;
    for (const back of [k, k - 1]) {
      if (back < floor || (back === k - 1 && cuePhraseAt(doc, back) === 0)) continue;
      const found = attributionAt(doc, back, floor, o - 1, 'prefix');
      if (found) return found;
    }
  }
  return null;
}

/** Graham: "…" / Lavrov stressed: "…" */
function colonAttribution(doc: QuoteDoc, colon: number, floor: number): Attribution | null {
  const viaCue = attributionAt(doc, colon - 1, floor, colon - 1, 'prefix');
  if (viaCue) return viaCue;
  const speaker = speakerBefore(doc, colon, floor);
  return speaker?.mention?.type === 'person' ? { kind: 'colon', cue: null, speaker } : null;
}
