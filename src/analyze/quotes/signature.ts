// Extractor: a quote signed with a dash, as in collected reactions and epigraphs:
//   "We have no context for the moment if we don't know where we came from." ― Jane Roe
// The name after the dash, ending its line or sentence, is the speaker; the dash is the cue.
import { type QuoteDoc, tokenAt } from './doc.js';
import type { QuotedPassage } from './marks.js';
import type { SpeakerPhrase } from './np.js';
import { type Attribution, phraseOf } from './shared.js';

const SIGNATURE_DASH = /^[ \t]*[―—–][ \t]*$/;
const MAX_NAME = 5;

/** A name from token t: an entity mention, else a run of capitalised proper nouns. */
function nameFrom(doc: QuoteDoc, t: number): SpeakerPhrase | null {
  const m = doc.mentionStartingAt.get(t);
  if (m && (m.type === 'person' || m.type === 'organization')) return phraseOf(m);
  let last = t - 1;
  while (last + 1 < t + MAX_NAME && doc.tokens[last + 1]?.pos === 'PROPN') last++;
  if (last < t || !/^\p{Lu}/u.test(doc.tokens[t]!.text)) return null;
  return { first: t, last, mention: null, pronoun: null, head: doc.tokens[last]!.normal };
}

/** The name ends the line, or a sentence, or opens an apposition ("― Jane Roe, a teacher"). */
function endsSignature(doc: QuoteDoc, last: number): boolean {
  const next = doc.tokens[last + 1];
  if (!next) return true;
  const gap = doc.text.slice(doc.tokens[last]!.end, next.start);
  return gap.includes('\n') || next.text.includes('\n') || next.text === '.' || next.text === ',';
}

export function signatureAttribution(doc: QuoteDoc, q: QuotedPassage): Attribution | null {
  const dash = tokenAt(doc, q.close + 1);
  const d = doc.tokens[dash];
  if (!d || !SIGNATURE_DASH.test(doc.text.slice(q.close + 1, d.end))) return null;
  const speaker = nameFrom(doc, dash + 1);
  return speaker && endsSignature(doc, speaker.last) ? { kind: 'postfix', cue: [dash, dash], speaker } : null;
}
