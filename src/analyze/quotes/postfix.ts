// Extractor: the attribution right after a closing mark.
//   "…," he said.  /  "…," said Mr Lavrov.  /  "…," according to the official.
//   "…," Jane Roe III, founder of a policy institute, says.
import { isCueVerb } from './cue.js';
import type { QuoteDoc } from './doc.js';
import { tokenAt } from './doc.js';
import { speakerNouns } from './lexicon.js';
import type { QuotedPassage } from './marks.js';
import { nominalEndingAt, type SpeakerPhrase } from './np.js';
import { type Attribution, attributionAt, phraseOf, sentenceBounds } from './shared.js';

const LEAD_PUNCT = new Set([',', '—', '–', '-']);
const STOPS = new Set(['“', '"', '.', ';']);

/** A stop, but not the full stop of an abbreviation inside the attribution ("Rep. Roe, R-Pa., said"). */
function stopsAt(doc: QuoteDoc, i: number): boolean {
  const t = doc.tokens[i]!.text;
  return STOPS.has(t) && !(t === '.' && doc.tokens[i + 1]?.text === ',');
}
const MAX_APPOSITION = 20;
const MAX_TITLE_WORDS = 5;
const SHORT_ATTRIBUTION = 7;

function hasQuoteMark(doc: QuoteDoc, from: number, to: number): boolean {
  for (let i = from; i <= to; i++)
    if (STOPS.has(doc.tokens[i]!.text) && doc.tokens[i]!.text !== '.') return true;
  return false;
}

/** A name opening the attribution, after at most a few title words ("Ohio Sen. Jane Roe"). */
function nameAt(doc: QuoteDoc, t: number, last: number) {
  for (let i = t; i <= Math.min(last, t + MAX_TITLE_WORDS); i++) {
    const m = doc.mentionStartingAt.get(i);
    if (m && (m.type === 'person' || m.type === 'organization')) return m;
    const tok = doc.tokens[i]!;
    if (tok.pos !== 'PROPN' && tok.pos !== 'ADJ' && tok.pos !== 'NOUN' && tok.pos !== 'DET') return null;
  }
  return null;
}

/** The cue after an apposition that opens at the comma `j`: after its last comma within reach. */
function cueAfterApposition(doc: QuoteDoc, j: number, last: number): number {
  const limit = Math.min(last, j + MAX_APPOSITION);
  let cue = -1;
  for (let k = j + 1; k <= limit && !stopsAt(doc, k); k++) {
    if (doc.tokens[k]!.text !== ',') continue;
    let c = k + 1;
    while (doc.tokens[c]?.pos === 'ADV' || doc.tokens[c]?.pos === 'AUX') c++;
    if (isCueVerb(doc, c, true)) cue = c;
    if (cue !== -1) break;
  }
  return cue;
}

/** A description opening the attribution, headed by a speaker noun ("an intelligence source"). */
function descriptionAt(doc: QuoteDoc, t: number, last: number): SpeakerPhrase | null {
  for (let i = t; i <= Math.min(last, t + MAX_TITLE_WORDS); i++) {
    const tok = doc.tokens[i]!;
    if (speakerNouns.has(tok.normal) && doc.tokens[i + 1]?.pos !== 'NOUN') {
      const np = nominalEndingAt(doc, i);
      return np?.first === t ? np : null;
    }
    if (tok.pos !== 'ADJ' && tok.pos !== 'NOUN' && tok.pos !== 'DET') return null;
  }
  return null;
}

/** "…," Name (or a description), an apposition, cue — the speaker is named before a long apposition. */
function nameThenCue(doc: QuoteDoc, t: number, last: number): Attribution | null {
  const m = nameAt(doc, t, last);
  const speaker = m ? phraseOf(m) : descriptionAt(doc, t, last);
  if (!speaker) return null;
  let j = speaker.last + 1;
  if (doc.tokens[j]?.text === ',') {
    const cue = cueAfterApposition(doc, j, last);
    return cue === -1 ? null : { kind: 'postfix', cue: [cue, cue], speaker };
  }
  while (doc.tokens[j]?.pos === 'ADV' || doc.tokens[j]?.pos === 'AUX') j++;
  return isCueVerb(doc, j, true) ? { kind: 'postfix', cue: [j, j], speaker } : null;
}

export function postfixAttribution(doc: QuoteDoc, q: QuotedPassage): Attribution | null {
  let t = tokenAt(doc, q.close + 1);
  while (t < doc.tokens.length && LEAD_PUNCT.has(doc.tokens[t]!.text)) t++;
  const first = doc.tokens[t];
  if (!first || doc.text.slice(q.close + 1, first.start).includes('\n')) return null;
  const { last } = sentenceBounds(doc, t);
  // After a quote closed by a full stop, a capitalised word starts a new sentence, which is the
  // attribution only if it is short and ends there ("…." Lavrov said.), not "Lavrov said he did not …".
  const fullStop = doc.text[q.end - 1] === '.' && !/^[a-z]/.test(first.text);
  if (fullStop && (last - t > SHORT_ATTRIBUTION || hasQuoteMark(doc, t, last))) return null;
  const ceiling = Math.min(last, t + doc.config.postfixWindow);
  for (let i = t; i <= ceiling; i++) {
    if (stopsAt(doc, i)) break;
    const found = attributionAt(doc, i, t, ceiling, 'postfix', i === t);
    // The speaker must sit between the quote and the cue, or right after a cue that follows the quote.
    if (found?.speaker && (found.speaker.first >= t || i === t)) return found;
  }
  return nameThenCue(doc, t, last);
}
